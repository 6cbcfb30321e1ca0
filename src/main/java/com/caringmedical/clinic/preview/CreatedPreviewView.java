package com.caringmedical.clinic.preview;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A link just made, with the one thing never shown again: where it leads. */
@Schema(name = "CreatedPreviewLink")
public record CreatedPreviewView(
        PreviewLinkView link,
        @Schema(description = "Where the preview is read, without credentials, until the link expires or is revoked: "
                + "GET it from the API (the Location header says the same). Only its hash is kept: this is the one "
                + "time it is shown.", examples = "/previews/pv_2vYxQ0b8c3JmT1kqB7aXn4sLr9Wd6eFg5hUiZoPyCtM")
        String href) {
}
