package com.caringmedical.clinic.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The slow-down and lockout schedule with the default settings: 3rd failure pauses, 10th locks. Each attempt is
 * counted before its password is checked, so at most lock-after of them are checked however many arrive at once,
 * and failures stop counting once no attempt came for the forget time.
 */
class StaffAccountTest {

    /** The rules as application.properties sets them. */
    private record Rules(int slowDownAfter, Duration firstPause, Duration maxPause, int lockAfter, Duration lockFor,
            Duration forgetFailuresAfter) implements StaffConfig.SignIn {
    }

    private static final StaffConfig.SignIn DEFAULTS = new Rules(3, Duration.ofSeconds(1), Duration.ofMinutes(1), 10,
            Duration.ofMinutes(15), Duration.ofMinutes(15));

    private final Instant now = Instant.parse("2026-11-24T09:00:00Z");

    @Test
    void twoFailuresDoNotPause() {
        StaffAccount account = failedTimes(2);
        assertNull(account.lockedUntil());
        assertFalse(account.isRefusingSignIns(now));
    }

    @Test
    void pausesDoubleFromTheThirdFailureUpToAMinute() {
        List<Long> pauses = List.of(1L, 2L, 4L, 8L, 16L, 32L, 60L);
        for (int i = 0; i < pauses.size(); i++) {
            StaffAccount account = failedTimes(3 + i);
            assertEquals(now.plusSeconds(pauses.get(i)), account.lockedUntil(), "after failure " + (3 + i));
            assertTrue(account.isRefusingSignIns(now));
            assertFalse(account.isRefusingSignIns(now.plusSeconds(pauses.get(i))));
        }
    }

    @Test
    void theTenthFailureLocksForFifteenMinutes() {
        StaffAccount account = failedTimes(10);
        assertEquals(now.plus(Duration.ofMinutes(15)), account.lockedUntil());
        assertTrue(account.isRefusingSignIns(now.plus(Duration.ofMinutes(14))));
        assertFalse(account.isRefusingSignIns(now.plus(Duration.ofMinutes(15))));
    }

    @Test
    void aNewPasswordOrReEnablingLiftsTheLock() {
        StaffAccount reset = failedTimes(10);
        reset.changePassword("a-new-long-passphrase", now);
        assertFalse(reset.isRefusingSignIns(now));
        assertEquals(0, reset.failedSignIns());

        StaffAccount disabled = failedTimes(10);
        disabled.setEnabled(false, now);
        assertTrue(disabled.isRefusingSignIns(now.plus(Duration.ofDays(1))), "disabled stays refused");
        disabled.setEnabled(true, now);
        assertFalse(disabled.isRefusingSignIns(now));
    }

    @Test
    void ofThirtyGuessesArrivingTogetherOnlyTheLockCountReachAPasswordCheck() {
        StaffAccount account = newAccount();
        int counted = 0;
        for (int i = 0; i < 30; i++) {
            counted += account.countSignIn(DEFAULTS, now) ? 1 : 0;
        }
        assertEquals(10, counted);
        assertEquals(10, account.failedSignIns());
    }

    @Test
    void noAttemptIsCheckedDuringAPause() {
        StaffAccount account = failedTimes(3);
        assertFalse(account.countSignIn(DEFAULTS, now.plusMillis(999)));
        assertEquals(3, account.failedSignIns(), "a refused attempt is not counted");
        assertTrue(account.countSignIn(DEFAULTS, now.plusSeconds(1)));
    }

    @Test
    void oneWrongGuessAfterALockRunsOutDoesNotLockTheAccountAgain() {
        StaffAccount account = failedTimes(10);
        Instant lockOver = now.plus(Duration.ofMinutes(15));

        assertTrue(account.countSignIn(DEFAULTS, lockOver));
        account.signInFailed(DEFAULTS, lockOver);

        assertEquals(1, account.failedSignIns(), "the count started again");
        assertFalse(account.isRefusingSignIns(lockOver.plusSeconds(1)), "a single wrong guess is no lock");
    }

    @Test
    void guessesFarApartNeverAddUpButGuessesCloseTogetherDo() {
        StaffAccount sparse = newAccount();
        StaffAccount close = newAccount();
        Instant at = now;
        for (int i = 0; i < 9; i++) {
            assertTrue(sparse.countSignIn(DEFAULTS, at.plus(Duration.ofMinutes(16L * i))));
            sparse.signInFailed(DEFAULTS, at.plus(Duration.ofMinutes(16L * i)));
            assertTrue(close.countSignIn(DEFAULTS, at));
            close.signInFailed(DEFAULTS, at);
            at = (close.lockedUntil() == null ? at : close.lockedUntil()).plus(Duration.ofMinutes(5));
        }
        assertEquals(1, sparse.failedSignIns(), "16 minutes apart");
        assertEquals(9, close.failedSignIns(), "each within 15 minutes of the one before");
    }

    private StaffAccount newAccount() {
        return new StaffAccount("j.smith", "a-long-enough-passphrase", List.of("staff"), now);
    }

    /** {@code times} wrong passwords sent together: all counted, then each found wrong. */
    private StaffAccount failedTimes(int times) {
        StaffAccount account = newAccount();
        for (int i = 0; i < times; i++) {
            assertTrue(account.countSignIn(DEFAULTS, now));
        }
        for (int i = 0; i < times; i++) {
            account.signInFailed(DEFAULTS, now);
        }
        return account;
    }
}
