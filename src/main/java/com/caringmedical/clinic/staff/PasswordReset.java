package com.caringmedical.clinic.staff;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new password an admin sets for an account. */
@Schema(name = "PasswordReset")
public record PasswordReset(
        @NotNull @Schema(description = StaffRole.PASSWORD_RULE, examples = "a-new-long-passphrase") String password) {
}
