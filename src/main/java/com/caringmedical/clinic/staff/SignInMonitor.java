package com.caringmedical.clinic.staff;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.spi.runtime.AuthenticationFailureEvent;
import io.quarkus.security.spi.runtime.AuthorizationFailureEvent;
import io.quarkus.security.spi.runtime.SecurityEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import com.caringmedical.clinic.web.http.TrustedProxies;

/**
 * Sets the slow-down and lockout after a wrong password (the attempt was counted by {@link SignInGuard}), clears
 * the count on a successful sign-in, and logs failures and denials. The log names the account, the client address and
 * the request's method and path: never a password, never a query string (a search may hold a patient's name),
 * and never a username that is not an account (it may be a password typed in the wrong field).
 */
@ApplicationScoped
class SignInMonitor implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(SignInMonitor.class);

    private final StaffAccountRepository accounts;
    private final StaffConfig config;
    private final TrustedProxies proxies;

    SignInMonitor(StaffAccountRepository accounts, StaffConfig config, TrustedProxies proxies) {
        this.accounts = accounts;
        this.config = config;
        this.proxies = proxies;
    }

    void signInFailed(@ObservesAsync AuthenticationFailureEvent event) {
        Optional<RoutingContext> request = routingContext(event);
        Optional<String> username = request.flatMap(SignInMonitor::basicUsername);
        if (username.isEmpty()) {
            return;
        }
        String where = describe(request.get());
        if (event.getAuthenticationFailure() instanceof AuthenticationFailedException failure
                && failure.getAttribute(SignInGuard.REFUSED) != null) {
            LOG.warnf("Sign-in refused: the account '%s' is disabled, locked or paused (%s)", username.get(), where);
            return;
        }
        Optional<StaffAccount> counted = QuarkusTransaction.requiringNew().call(() -> accounts
                .findByUsernameForUpdate(username.get()).map(account -> {
                    account.signInFailed(config.signIn(), Instant.now());
                    return account;
                }));
        counted.ifPresentOrElse(account -> LOG.warnf("Sign-in failed for the account '%s' (%d in a row%s; %s)",
                account.username(), account.failedSignIns(),
                account.lockedUntil() == null ? "" : ", refused until " + account.lockedUntil(), where),
                () -> LOG.warnf("Sign-in failed for an unknown username (%s)", where));
    }

    void denied(@ObservesAsync AuthorizationFailureEvent event) {
        SecurityIdentity identity = event.getSecurityIdentity();
        if (identity == null || identity.isAnonymous()) {
            return;
        }
        String where = routingContext(event).map(this::describe).orElse(event.getAuthorizationContext());
        LOG.warnf("Denied: the account '%s' with the roles %s may not %s", identity.getPrincipal().getName(),
                identity.getRoles(), where);
    }

    /** A successful sign-in ends a run of failures, and takes back its own count ({@link SignInGuard}). */
    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        if (identity.isAnonymous() || attributes.get(SignInGuard.COUNTED) == null) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            QuarkusTransaction.requiringNew().run(() -> accounts.clearFailures(identity.getPrincipal().getName()));
            return identity;
        });
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return augment(identity, context, Map.of());
    }

    private static Optional<RoutingContext> routingContext(SecurityEvent event) {
        return Optional.ofNullable(event.getEventProperties().get(RoutingContext.class.getName()))
                .filter(RoutingContext.class::isInstance).map(RoutingContext.class::cast);
    }

    private static Optional<String> basicUsername(RoutingContext request) {
        String header = request.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(header.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            return colon > 0 ? Optional.of(credentials.substring(0, colon)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String describe(RoutingContext request) {
        return request.request().method() + " " + request.request().path() + " from "
                + proxies.clientAddress(request.request()).getHostAddress();
    }
}
