package com.caringmedical.clinic.staff;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account an admin creates. */
@Schema(name = "NewStaffAccount")
public record NewAccount(
        @NotNull @Pattern(regexp = StaffRole.USERNAME_PATTERN, message = StaffRole.USERNAME_RULE)
        @Schema(description = StaffRole.USERNAME_RULE, examples = "j.smith") String username,
        @NotNull
        @Schema(description = StaffRole.PASSWORD_RULE, examples = "correct-horse-battery-staple") String password,
        @NotEmpty
        @Schema(description = "One or more of staff, editor, reviewer, admin.", examples = "[\"staff\"]")
        List<@NotNull @Pattern(regexp = StaffRole.ROLE_PATTERN, message = StaffRole.ROLE_RULE) String> roles) {
}
