package com.caringmedical.clinic.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The slow-down and lockout schedule with the default settings: 3rd failure pauses, 10th locks. */
class StaffAccountTest {

    /** The rules as application.properties sets them. */
    private record Rules(int slowDownAfter, Duration firstPause, Duration maxPause, int lockAfter, Duration lockFor)
            implements StaffConfig.SignIn {
    }

    private static final StaffConfig.SignIn DEFAULTS = new Rules(3, Duration.ofSeconds(1), Duration.ofMinutes(1), 10,
            Duration.ofMinutes(15));

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

    private StaffAccount failedTimes(int times) {
        StaffAccount account = new StaffAccount("j.smith", "a-long-enough-passphrase", List.of("staff"), now);
        for (int i = 0; i < times; i++) {
            account.signInFailed(DEFAULTS, now);
        }
        return account;
    }
}
