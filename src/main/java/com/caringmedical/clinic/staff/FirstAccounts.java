package com.caringmedical.clinic.staff;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * At start, when the database holds no account: the initial admin from configuration, and in dev and test the
 * documented dev accounts. With accounts present it does nothing, so restarts and other instances are harmless
 * (two instances starting together on an empty database may race; the unique username lets only one win).
 */
@ApplicationScoped
class FirstAccounts {

    private static final Logger LOG = Logger.getLogger(FirstAccounts.class);

    static final String DEV_PASSWORD_SUFFIX = "-dev-password";

    private final StaffAccountRepository accounts;
    private final StaffConfig config;

    FirstAccounts(StaffAccountRepository accounts, StaffConfig config) {
        this.accounts = accounts;
        this.config = config;
    }

    @Transactional
    void create(@Observes StartupEvent event) {
        accounts.lockFirstAccounts();
        if (accounts.count() > 0) {
            return;
        }
        Instant now = Instant.now();
        if (config.devAccounts()) {
            for (String role : new String[] { StaffRole.STAFF, StaffRole.EDITOR, StaffRole.REVIEWER, StaffRole.ADMIN }) {
                accounts.persist(new StaffAccount(role, role + DEV_PASSWORD_SUFFIX, List.of(role), now));
            }
            LOG.info("Created the dev accounts staff, editor, reviewer and admin (password: <name>-dev-password)");
            return;
        }
        config.initialAdmin().password().ifPresentOrElse(password -> {
            accounts.persist(new StaffAccount(config.initialAdmin().username(), password, List.of(StaffRole.ADMIN), now));
            LOG.infof("Created the initial admin account '%s'", config.initialAdmin().username());
        }, () -> LOG.warn("There is no staff account. Set CLINIC_STAFF_INITIAL_ADMIN_PASSWORD (12+ characters) "
                + "and restart to create the first admin."));
    }
}
