package com.caringmedical.clinic.staff;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/**
 * Runs before quarkus-security-jpa checks a password. It counts the attempt first, in its own committed
 * transaction with the account's row locked ({@link StaffAccount#countSignIn}), so that parallel guesses queue on
 * the count and at most {@code lock-after} passwords are checked before a success clears it. A disabled, paused or
 * locked account, or one whose count is full, is refused without a password check, so guesses made meanwhile learn
 * nothing. A username that is no account costs the same bcrypt check as a real one (against a hash of a random
 * password), so timing does not tell which accounts exist. Otherwise the request passes on (a null identity means
 * "not mine") to the password check.
 */
@ApplicationScoped
class SignInGuard implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Marks the failures this guard causes, so that they are not taken for wrong passwords. */
    static final String REFUSED = "clinic.sign-in-refused";

    /** Marks a request whose attempt was counted, for {@link SignInMonitor} to clear after a success. */
    static final String COUNTED = "clinic.sign-in-counted";

    private final StaffAccountRepository accounts;
    private final StaffConfig config;

    SignInGuard(StaffAccountRepository accounts, StaffConfig config) {
        this.accounts = accounts;
        this.config = config;
    }

    /**
     * What an unknown username's password is checked against: bcrypt as the accounts use it, matching nothing. Made
     * on the first sign-in with an unknown name, not at start, where hashing took a twentieth of the start-up's CPU.
     */
    private static final class NoAccount {
        static final String HASH = hashOfRandomText();

        private static String hashOfRandomText() {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            return BcryptUtil.bcryptHash(HexFormat.of().formatHex(random));
        }
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
            Optional<Boolean> counted = QuarkusTransaction.requiringNew().call(() -> accounts
                    .findByUsernameForUpdate(request.getUsername())
                    .map(account -> account.countSignIn(config.signIn(), Instant.now())));
            if (counted.isEmpty()) {
                BcryptUtil.matches(new String(request.getPassword().getPassword()), NoAccount.HASH);
                throw new AuthenticationFailedException("no such account");
            }
            if (!counted.get()) {
                throw new AuthenticationFailedException("account disabled, locked or paused", Map.of(REFUSED, true));
            }
            request.setAttribute(COUNTED, true);
            return null;
        });
    }
}
