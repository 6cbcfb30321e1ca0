package com.caringmedical.clinic.preview;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A preview link as editors list it: never with its token, which is shown once, when it is made. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PreviewLink")
public record PreviewLinkView(
        @Schema(description = "Names the link to revoke it.") UUID id,
        @Schema(examples = "articles") String kind,
        @Schema(description = "The item's current slug or id.", examples = "what-is-dry-needling") String key,
        @Schema(description = "ACTIVE until it expires (EXPIRED) or an editor revokes it (REVOKED).",
                enumeration = { "ACTIVE", "EXPIRED", "REVOKED" }) String state,
        @Schema(examples = "editor") String createdBy,
        Instant createdAt,
        Instant expiresAt,
        @Schema(description = "Absent unless revoked.") String revokedBy,
        @Schema(description = "Absent unless revoked.") Instant revokedAt) {

    static PreviewLinkView of(PreviewLink link, Object key, Instant now) {
        String state = link.revokedAt() != null ? "REVOKED" : link.worksAt(now) ? "ACTIVE" : "EXPIRED";
        return new PreviewLinkView(link.id(), link.kind(), String.valueOf(key), state, link.createdBy(),
                link.createdAt(), link.expiresAt(), link.revokedBy(), link.revokedAt());
    }
}
