package com.caringmedical.clinic.body;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What a text run is besides text: bold, italic, a link, or a citation of one of the page's references. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Mark.Bold.class, name = "bold"),
    @JsonSubTypes.Type(value = Mark.Italic.class, name = "italic"),
    @JsonSubTypes.Type(value = Mark.Link.class, name = "link"),
    @JsonSubTypes.Type(value = Mark.Citation.class, name = "citation") })
@Schema(name = "Mark", description = "A mark on a text run; type says which.",
        oneOf = { Mark.Bold.class, Mark.Italic.class, Mark.Link.class, Mark.Citation.class },
        discriminatorProperty = "type", discriminatorMapping = {
            @DiscriminatorMapping(value = "bold", schema = Mark.Bold.class),
            @DiscriminatorMapping(value = "italic", schema = Mark.Italic.class),
            @DiscriminatorMapping(value = "link", schema = Mark.Link.class),
            @DiscriminatorMapping(value = "citation", schema = Mark.Citation.class) })
public sealed interface Mark {

    @Schema(name = "BoldMark", description = "Strong importance.", properties = @SchemaProperty(
            name = "type", type = SchemaType.STRING, enumeration = "bold"), requiredProperties = "type")
    record Bold() implements Mark {
    }

    @Schema(name = "ItalicMark", description = "Emphasis, or a title.", properties = @SchemaProperty(
            name = "type", type = SchemaType.STRING, enumeration = "italic"), requiredProperties = "type")
    record Italic() implements Mark {
    }

    /**
     * A link: either out of the site ({@code href}: http, https, mailto or tel) or to another page of the clinic's
     * content ({@code to}: an article, a treatment option or an office, by slug), never both.
     */
    @Schema(name = "LinkMark", description = "A link: href for an address outside (http, https, mailto, tel), or "
            + "to for the clinic's own article, treatment option or office. Exactly one of the two.",
            properties = @SchemaProperty(name = "type", type = SchemaType.STRING, enumeration = "link"), requiredProperties = "type")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Link(
            @Size(max = 2000) @Schema(examples = "https://pubmed.ncbi.nlm.nih.gov/") String href,
            @Valid InternalLink to) implements Mark {
    }

    @Schema(name = "InternalLink", description = "The clinic's own content, by kind and slug.")
    record InternalLink(
            @NotNull LinkedKind kind,
            @NotBlank @Size(max = 200) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                    message = "must be lower-case letters and digits in words joined by '-'")
            @Schema(examples = "prolotherapy") String slug) {
    }

    /** Cites the page's reference with this number (1 is the first of its reference list). */
    @Schema(name = "CitationMark", description = "Cites the reference with this number in the page's reference "
            + "list; the run's text is what the reader sees, such as [4].", properties = @SchemaProperty(
                    name = "type", type = SchemaType.STRING, enumeration = "citation"), requiredProperties = "type")
    record Citation(@NotNull @Positive @Schema(examples = "4") Integer reference) implements Mark {
    }

    /** The kinds of the clinic's content a link can point at. */
    enum LinkedKind {
        ARTICLE, TREATMENT, OFFICE
    }
}
