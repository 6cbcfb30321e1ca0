package com.caringmedical.clinic.staff;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/**
 * Runs before quarkus-security-jpa checks a password: refuses a disabled account, and one that failed sign-ins
 * recently (slow-down and lockout, see {@link SignInMonitor}), without checking the password at all, so guesses
 * made meanwhile learn nothing. Otherwise it passes the request on (a null identity means "not mine").
 */
@ApplicationScoped
class SignInGuard implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Marks the failures this guard causes, so that they are not counted as wrong passwords. */
    static final String REFUSED = "clinic.sign-in-refused";

    /** Failed sign-ins in a row before this one, for {@link SignInMonitor} to clear after a success. */
    static final String EARLIER_FAILURES = "clinic.earlier-failed-sign-ins";

    private final StaffAccountRepository accounts;

    SignInGuard(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Ahead of the JPA identity provider. */
    @Override
    public int priority() {
        return SYSTEM_FIRST * 2;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            Instant now = Instant.now();
            Optional<StaffAccount> account = QuarkusTransaction.joiningExisting()
                    .call(() -> accounts.findByUsername(request.getUsername()));
            if (account.isPresent() && account.get().isRefusingSignIns(now)) {
                throw new AuthenticationFailedException("account disabled or locked", Map.of(REFUSED, true));
            }
            account.ifPresent(found -> request.setAttribute(EARLIER_FAILURES, found.failedSignIns()));
            return null;
        });
    }
}
