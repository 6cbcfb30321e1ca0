package com.caringmedical.clinic.wordpress;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An import of a WordPress site read through its REST API. */
@Schema(name = "WordPressImportRequest", description = "A WordPress site to import through its public REST API.")
public record ImportRequest(
        @NotBlank @Size(max = 2000)
        @Pattern(regexp = "[Hh][Tt][Tt][Pp][Ss]?://\\S+", message = "must be an http or https address")
        @Schema(description = "The site's address, where WordPress answers /wp-json/.",
                examples = "https://www.clinic.example") String siteUrl,
        @Schema(description = "Publish what was published in WordPress (default false: everything comes in as a "
                + "draft for editors to check).", defaultValue = "false") Boolean publish,
        @Schema(description = "Import pages too, not only posts.", defaultValue = "false") Boolean includePages) {

    boolean publishing() {
        return Boolean.TRUE.equals(publish);
    }

    boolean withPages() {
        return Boolean.TRUE.equals(includePages);
    }
}
