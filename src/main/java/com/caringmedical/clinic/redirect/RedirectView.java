package com.caringmedical.clinic.redirect;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An old address and where its content lives now. */
@Schema(name = "Redirect")
public record RedirectView(
        @Schema(examples = "7") long id,
        @Schema(description = "The old path, as matched: no host, query or trailing slash.",
                examples = "/2013/04/failed-back-surgery-syndrome") String path,
        RedirectKind kind,
        @Schema(examples = "failed-back-surgery-syndrome-treatment-options") String slug,
        @Schema(description = "Where this API serves the content.",
                examples = "/articles/failed-back-surgery-syndrome-treatment-options") String apiPath,
        @Schema(description = "WORDPRESS (an import), SLUG_CHANGE (an editor renamed the content) or EDITOR.")
        String source) {

    static RedirectView of(Redirect redirect) {
        return new RedirectView(redirect.id(), redirect.path(), redirect.kind(), redirect.slug(),
                redirect.kind().apiPath(redirect.slug()), redirect.source().name());
    }
}
