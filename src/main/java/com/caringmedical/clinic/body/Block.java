package com.caringmedical.clinic.body;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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

/**
 * One block of a structured body, in reading order. The JSON names its kind in {@code type}; mobile apps render
 * each kind natively, and {@link BodyHtml} renders the same blocks as HTML for the web.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Block.Heading.class, name = "heading"),
    @JsonSubTypes.Type(value = Block.Paragraph.class, name = "paragraph"),
    @JsonSubTypes.Type(value = Block.ItemList.class, name = "list"),
    @JsonSubTypes.Type(value = Block.Quote.class, name = "quote"),
    @JsonSubTypes.Type(value = Block.Image.class, name = "image"),
    @JsonSubTypes.Type(value = Block.Video.class, name = "video"),
    @JsonSubTypes.Type(value = Block.Callout.class, name = "callout") })
@Schema(name = "Block", description = "One block of a body; type says which.",
        oneOf = { Block.Heading.class, Block.Paragraph.class, Block.ItemList.class, Block.Quote.class,
            Block.Image.class, Block.Video.class, Block.Callout.class },
        discriminatorProperty = "type", discriminatorMapping = {
            @DiscriminatorMapping(value = "heading", schema = Block.Heading.class),
            @DiscriminatorMapping(value = "paragraph", schema = Block.Paragraph.class),
            @DiscriminatorMapping(value = "list", schema = Block.ItemList.class),
            @DiscriminatorMapping(value = "quote", schema = Block.Quote.class),
            @DiscriminatorMapping(value = "image", schema = Block.Image.class),
            @DiscriminatorMapping(value = "video", schema = Block.Video.class),
            @DiscriminatorMapping(value = "callout", schema = Block.Callout.class) })
public sealed interface Block {

    /** The longest text of a heading, an attribution or a title. */
    int SHORT_TEXT = 300;

    /** A section heading; level 2 is the highest inside a page (the title is the page's level 1). */
    @Schema(name = "HeadingBlock", description = "A heading, level 2 (a section) to 4.", properties = @SchemaProperty(
            name = "type", type = SchemaType.STRING, enumeration = "heading"), requiredProperties = { "type", "level" })
    record Heading(
            @Min(2) @Max(4) @Schema(examples = "2") int level,
            @NotBlank @Size(max = SHORT_TEXT) @Schema(examples = "Steroid injections after disc surgery") String text)
            implements Block {
    }

    @Schema(name = "ParagraphBlock", description = "A paragraph of text runs.", properties = @SchemaProperty(
            name = "type", type = SchemaType.STRING, enumeration = "paragraph"), requiredProperties = "type")
    record Paragraph(@NotEmpty @Size(max = TextRun.MAX_RUNS) List<@NotNull @Valid TextRun> content) implements Block {
    }

    /** A bulleted or numbered list; an item may hold one list of its own, and that list's items none. */
    @Schema(name = "ListBlock", description = "A bulleted (ordered false) or numbered list. An item may hold a list "
            + "of its own, one level deep.", properties = @SchemaProperty(
                    name = "type", type = SchemaType.STRING, enumeration = "list"), requiredProperties = "type")
    record ItemList(boolean ordered, @NotEmpty @Size(max = 200) List<@NotNull @Valid ListItem> items)
            implements Block {
    }

    @Schema(name = "ListItem", description = "One item: its text, and optionally a nested list (in a top-level "
            + "list only).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ListItem(
            @NotEmpty @Size(max = TextRun.MAX_RUNS) List<@NotNull @Valid TextRun> content,
            @Valid NestedList list) {
    }

    /** The list inside an item: like a list block, without a type, and its items hold no list. */
    @Schema(name = "NestedList", description = "A list inside a list item; its items hold no list of their own.")
    record NestedList(boolean ordered, @NotEmpty @Size(max = 200) List<@NotNull @Valid ListItem> items) {
    }

    @Schema(name = "QuoteBlock", description = "A block quotation, optionally attributed.", properties = @SchemaProperty(
            name = "type", type = SchemaType.STRING, enumeration = "quote"), requiredProperties = "type")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Quote(
            @NotEmpty @Size(max = TextRun.MAX_RUNS) List<@NotNull @Valid TextRun> content,
            @Size(max = SHORT_TEXT) @Schema(examples = "A patient, after six sessions") String attribution)
            implements Block {
    }

    /**
     * An image from the media library. Alt text says what the image shows to someone who cannot see it; an image
     * that adds nothing to the text is marked decorative instead.
     */
    @Schema(name = "ImageBlock", description = "An image from the media library: media is its id (the article's "
            + "media list has its files and sizes). alt is required unless decorative is true.",
            properties = @SchemaProperty(name = "type", type = SchemaType.STRING, enumeration = "image"), requiredProperties = "type")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Image(
            @NotNull @Positive @Schema(examples = "12") Long media,
            @Size(max = 1000) @Schema(examples = "A physician injecting the lower back under ultrasound guidance")
            String alt,
            @Schema(description = "True for an image that adds nothing to the text; it then has no alt text.")
            Boolean decorative,
            @Size(max = TextRun.MAX_RUNS) List<@NotNull @Valid TextRun> caption) implements Block {

        public boolean markedDecorative() {
            return Boolean.TRUE.equals(decorative);
        }
    }

    /**
     * A video hosted by a provider. The API carries its id and title only, never the provider's player or script:
     * the front-end decides how (and after what consent) to load it.
     */
    @Schema(name = "VideoBlock", description = "A video on YouTube or Vimeo, by id, with its title. No player or "
            + "script comes with it; as HTML it is a link to the video.", properties = @SchemaProperty(
                    name = "type", type = SchemaType.STRING, enumeration = "video"), requiredProperties = "type")
    record Video(
            @NotNull VideoProvider provider,
            @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be the provider's video id")
            @Schema(examples = "dQw4w9WgXcQ") String id,
            @NotBlank @Size(max = SHORT_TEXT) @Schema(examples = "How Prolotherapy is given") String title)
            implements Block {
    }

    /** A box set apart from the text, such as the key points or a disclaimer; it holds paragraphs and lists. */
    @Schema(name = "CalloutBlock", description = "A box set apart from the text: key points, a note, a warning or "
            + "a disclaimer. It holds paragraph and list blocks.", properties = @SchemaProperty(
                    name = "type", type = SchemaType.STRING, enumeration = "callout"), requiredProperties = "type")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Callout(
            @NotNull CalloutKind kind,
            @Size(max = SHORT_TEXT) @Schema(examples = "Key points") String title,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid Block> blocks) implements Block {
    }

    enum VideoProvider {
        YOUTUBE, VIMEO
    }

    enum CalloutKind {
        KEY_POINTS, NOTE, WARNING, DISCLAIMER
    }
}
