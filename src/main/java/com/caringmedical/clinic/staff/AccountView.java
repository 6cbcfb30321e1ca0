package com.caringmedical.clinic.staff;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A staff account as admins see it; never the password hash. */
@Schema(name = "StaffAccount", description = "A staff account. Sign-ins are refused while it is disabled or locked.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountView(
        @Schema(examples = "j.smith") String username,
        @Schema(examples = "[\"staff\"]") List<String> roles,
        @Schema(examples = "true") boolean enabled,
        @Schema(description = "Failed sign-ins in a row.", examples = "0") int failedSignIns,
        @Schema(description = "Sign-ins are refused until then after failed ones.") Instant lockedUntil,
        @Schema(examples = "2026-11-24T09:00:00Z") Instant createdAt,
        @Schema(examples = "2026-11-24T09:00:00Z") Instant updatedAt) {

    static AccountView of(StaffAccount account) {
        return new AccountView(account.username(), account.roles(), account.enabled(), account.failedSignIns(),
                account.lockedUntil(), account.createdAt(), account.updatedAt());
    }
}
