package com.caringmedical.clinic.staff;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an admin changes on an account; a field left out stays as it is. */
@Schema(name = "StaffAccountChange", description = "Send only the fields to change.")
public record AccountChange(
        @Size(min = 1, message = "must name at least one role")
        @Schema(description = "The account's roles from now on: one or more of staff, editor, reviewer, admin.",
                examples = "[\"staff\", \"editor\"]")
        List<@NotNull @Pattern(regexp = StaffRole.ROLE_PATTERN, message = StaffRole.ROLE_RULE) String> roles,
        @Schema(description = "false refuses every sign-in; true allows them again and lifts a lock.",
                examples = "false") Boolean enabled) {
}
