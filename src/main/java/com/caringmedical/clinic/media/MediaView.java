package com.caringmedical.clinic.media;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An image as the public (and other features embedding it) see it: its texts, its size, every variant, and per
 * format a ready srcset, so a front-end can write {@code <picture>} without knowing the URL scheme.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Media", description = "An image with its variants. Build <picture> from sources (one <source> each) "
        + "and src (the <img> fallback), with alt (empty when decorative).")
public record MediaView(
        @Schema(examples = "42") long id,
        @Schema(description = "Alternative text; empty when the image is decorative.",
                examples = "Physical therapist guiding a patient through a lumbar stretch") String alt,
        @Schema(examples = "Stretches like this one ease most low back pain within weeks.") String caption,
        @Schema(examples = "Photo: Clinic staff") String credit,
        @Schema(examples = "false") boolean decorative,
        @Schema(description = "Width of the image as shown, in pixels (the largest variant may be narrower).",
                examples = "4032") int width,
        @Schema(description = "Height of the image as shown, in pixels.", examples = "3024") int height,
        @Schema(description = "The fallback for <img src>: the widest variant in the original's format.",
                examples = "/media/42/1600.jpg") String src,
        @Schema(description = "One srcset per format, WebP first.") List<SourceView> sources,
        @Schema(description = "Every stored variant, narrowest first.") List<VariantView> variants) {
}
