package com.caringmedical.clinic.article;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.caringmedical.clinic.reference.CitationStyle;

/** An article's reference list: what a front-end shows under the article, in the style the reader chose. */
@Schema(name = "CitedReferences")
public record CitedReferencesView(
        @Schema(description = "The style every citation is rendered in.") CitationStyle style,
        @Schema(description = "The cited references, numbered 1..n in citation order (the [n] in the article's "
                + "text), whatever the style.") List<ArticleView.CitedReferenceView> items) {
}
