package com.caringmedical.clinic.staff;

import java.time.Duration;
import java.util.Optional;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the first accounts come into being, and how sign-ins are protected against guessing. */
@ConfigMapping(prefix = "clinic.staff")
public interface StaffConfig {

    InitialAdmin initialAdmin();

    SignIn signIn();

    /**
     * Creates the documented dev accounts (README) at start when there are none: for dev and test only.
     */
    @WithDefault("false")
    boolean devAccounts();

    /**
     * Failed sign-ins in a row first slow an account down (each further failure refuses sign-ins for a doubling
     * pause), then lock it. A successful sign-in, a password reset or re-enabling the account ends it.
     */
    interface SignIn {

        /** The failure in a row from which sign-ins pause. */
        @WithDefault("3")
        @Min(1)
        int slowDownAfter();

        @WithDefault("PT1S")
        Duration firstPause();

        @WithDefault("PT1M")
        Duration maxPause();

        /** The failure in a row that locks the account. */
        @WithDefault("10")
        @Min(1)
        int lockAfter();

        @WithDefault("PT15M")
        Duration lockFor();

        /**
         * Failed sign-ins stop counting once no attempt has been counted for this long, so one wrong guess now and
         * then cannot keep an account locked. Keep it no longer than lockFor: a full count outlives the lock until
         * this has passed.
         */
        @WithDefault("PT15M")
        Duration forgetFailuresAfter();
    }

    /** The admin account created at the first start, when the database has no account yet. */
    interface InitialAdmin {

        @WithDefault("admin")
        String username();

        /** No default: without it no admin is created, and the log says what to set. */
        Optional<@Size(min = 12) String> password();
    }
}
