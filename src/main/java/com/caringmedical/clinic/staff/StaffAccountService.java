package com.caringmedical.clinic.staff;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.panache.common.Sort;

import com.caringmedical.clinic.web.problem.InvalidFieldsException;
import com.caringmedical.clinic.web.problem.Problem;
import com.caringmedical.clinic.web.problem.ProblemException;
import com.caringmedical.clinic.web.problem.ProblemType;

/** What admins do with accounts. Every change is logged with who made it; passwords never are. */
@ApplicationScoped
@Transactional
public class StaffAccountService {

    private static final Logger LOG = Logger.getLogger(StaffAccountService.class);

    /** The username is taken. */
    static final class UsernameTaken extends ProblemException {
        UsernameTaken(String username) {
            super(ProblemType.ALREADY_EXISTS, "An account named '" + username + "' exists already.");
        }
    }

    /** The change would leave nobody able to manage accounts. */
    static final class LastAdmin extends ProblemException {
        LastAdmin() {
            super(ProblemType.CONFLICT, "This is the last enabled admin account; create or enable another admin "
                    + "first.");
        }
    }

    private final StaffAccountRepository accounts;

    StaffAccountService(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountView> list() {
        return accounts.listAll(Sort.by("username")).stream().map(AccountView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AccountView> find(String username) {
        return accounts.findByUsername(username).map(AccountView::of);
    }

    public AccountView create(NewAccount form, String admin) {
        checkPassword(form.password(), form.username());
        if (accounts.findByUsername(form.username()).isPresent()) {
            throw new UsernameTaken(form.username());
        }
        StaffAccount account = new StaffAccount(form.username(), form.password(), distinct(form.roles()), now());
        accounts.persist(account);
        LOG.infof("Admin '%s' created the account '%s' with the roles %s", admin, account.username(), account.roles());
        return AccountView.of(account);
    }

    /** Changes roles and the enabled flag; empty when there is no such account. */
    public Optional<AccountView> change(String username, AccountChange change, String admin) {
        return accounts.findByUsernameForUpdate(username).map(account -> {
            Instant now = now();
            boolean losesAdmin = account.hasRole(StaffRole.ADMIN) && account.enabled()
                    && (Boolean.FALSE.equals(change.enabled())
                            || change.roles() != null && !change.roles().contains(StaffRole.ADMIN));
            if (losesAdmin && accounts.countOtherActiveAdmins(username) == 0) {
                throw new LastAdmin();
            }
            if (change.roles() != null) {
                account.changeRoles(distinct(change.roles()), now);
            }
            if (change.enabled() != null) {
                account.setEnabled(change.enabled(), now);
            }
            LOG.infof("Admin '%s' changed the account '%s': roles %s, %s", admin, username, account.roles(),
                    account.enabled() ? "enabled" : "disabled");
            return AccountView.of(account);
        });
    }

    /** Sets a new password and lifts any lock; false when there is no such account. */
    public boolean resetPassword(String username, PasswordReset reset, String admin) {
        checkPassword(reset.password(), username);
        return accounts.findByUsernameForUpdate(username).map(account -> {
            account.changePassword(reset.password(), now());
            LOG.infof("Admin '%s' reset the password of the account '%s'", admin, username);
            return true;
        }).orElse(false);
    }

    private static void checkPassword(String password, String username) {
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (password.length() < 12 || bytes > 72 || password.toLowerCase().contains(username.toLowerCase())) {
            throw new InvalidFieldsException(List.of(new Problem.FieldError("password", StaffRole.PASSWORD_RULE)));
        }
    }

    /** To the microsecond, as PostgreSQL keeps it: an account reads the same before and after it is stored. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static List<String> distinct(List<String> roles) {
        return roles.stream().distinct().toList();
    }
}
