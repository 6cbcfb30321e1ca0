package com.caringmedical.clinic.redirect;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A redirect an editor adds: an old path (or full old URL) and the content it leads to. */
@Schema(name = "NewRedirect")
public record RedirectForm(
        @NotBlank @Size(max = RedirectPath.MAX_LENGTH)
        @Schema(examples = "/2013/04/failed-back-surgery/") String path,
        @NotNull RedirectKind kind,
        @NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a slug")
        @Schema(examples = "failed-back-surgery-syndrome-treatment-options") String slug) {
}
