package com.caringmedical.clinic.staff;

import java.util.Optional;

import jakarta.validation.constraints.Size;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the first accounts come into being. */
@ConfigMapping(prefix = "clinic.staff")
public interface StaffConfig {

    InitialAdmin initialAdmin();

    /**
     * Creates the documented dev accounts (README) at start when there are none: for dev and test only.
     */
    @WithDefault("false")
    boolean devAccounts();

    /** The admin account created at the first start, when the database has no account yet. */
    interface InitialAdmin {

        @WithDefault("admin")
        String username();

        /** No default: without it no admin is created, and the log says what to set. */
        Optional<@Size(min = 12) String> password();
    }
}
