package com.caringmedical.clinic.editing;

import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** An item of any kind, as paths name it: {@code /editor/revisions/{kind}/{key}}, {@code /editor/schedules/...}. */
public class ItemPath {

    @PathParam("kind")
    @Parameter(description = "The kind of content, as its editor path names it.", example = "locations",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "articles", "treatments", "locations",
                    "references", "authors", "media" }))
    String kind;

    @PathParam("key")
    @Parameter(description = "The item's current slug (articles, treatments, locations, authors) or id (references, "
            + "media).", example = "oak-park")
    String key;

    public String kind() {
        return kind;
    }

    public String key() {
        return key;
    }
}
