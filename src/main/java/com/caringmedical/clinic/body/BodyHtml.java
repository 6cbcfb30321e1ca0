package com.caringmedical.clinic.body;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.text.Normalizer;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A body as HTML, for a web front-end that would rather not render the blocks itself. It is safe by construction:
 * jsoup builds the elements, so every text and attribute value is escaped, and the only elements and attributes
 * are the ones written here. Links out go to http, https, mailto and tel addresses only (the body's rules refuse
 * any other); videos are links to the provider's page, never a player or script; headings get ids a table of
 * contents can point at; citations point at {@code #reference-n}, the id a page gives its nth reference.
 */
public final class BodyHtml {

    private static final Map<Block.VideoProvider, String> VIDEO_PAGES = Map.of(
            Block.VideoProvider.YOUTUBE, "https://www.youtube.com/watch?v=",
            Block.VideoProvider.VIMEO, "https://vimeo.com/");
    /** The width an image takes in the page's text column, for the browser to choose a file before layout. */
    private static final String IMAGE_SIZES = "(max-width: 800px) 100vw, 800px";

    private final HtmlTargets targets;
    private final Map<String, Integer> headingIds = new HashMap<>();

    private BodyHtml(HtmlTargets targets) {
        this.targets = targets;
    }

    public static String render(List<Block> body, HtmlTargets targets) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        BodyHtml html = new BodyHtml(targets);
        body.forEach(block -> html.block(document.body(), block));
        return document.body().html();
    }

    private void block(Element parent, Block block) {
        if (block instanceof Block.Heading heading) {
            parent.appendElement("h" + heading.level()).id(headingId(heading.text())).text(heading.text());
        } else if (block instanceof Block.Paragraph paragraph) {
            runs(parent.appendElement("p"), paragraph.content());
        } else if (block instanceof Block.ItemList list) {
            list(parent, list.ordered(), list.items());
        } else if (block instanceof Block.Quote quote) {
            Element figure = parent.appendElement("figure").addClass("quote");
            runs(figure.appendElement("blockquote").appendElement("p"), quote.content());
            if (quote.attribution() != null && !quote.attribution().isBlank()) {
                figure.appendElement("figcaption").text(quote.attribution().strip());
            }
        } else if (block instanceof Block.Image image) {
            image(parent, image);
        } else if (block instanceof Block.Video video) {
            parent.appendElement("figure").addClass("video")
                    .attr("data-provider", video.provider().name().toLowerCase(Locale.ROOT))
                    .attr("data-video-id", video.id())
                    .appendElement("a").attr("href", VIDEO_PAGES.get(video.provider()) + video.id())
                    .text(video.title().strip());
        } else if (block instanceof Block.Callout callout) {
            Element aside = parent.appendElement("aside").addClass("callout")
                    .attr("data-kind", callout.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            if (callout.title() != null && !callout.title().isBlank()) {
                aside.appendElement("p").addClass("callout-title").text(callout.title().strip());
            }
            callout.blocks().forEach(inner -> block(aside, inner));
        }
    }

    private void list(Element parent, boolean ordered, List<Block.ListItem> items) {
        Element element = parent.appendElement(ordered ? "ol" : "ul");
        for (Block.ListItem item : items) {
            Element li = element.appendElement("li");
            runs(li, item.content());
            if (item.list() != null) {
                list(li, item.list().ordered(), item.list().items());
            }
        }
    }

    private void image(Element parent, Block.Image image) {
        targets.picture(image.media()).ifPresent(picture -> {
            Element figure = parent.appendElement("figure").addClass("image");
            Element element = figure.appendElement("picture");
            for (Picture.Source source : picture.sources()) {
                element.appendElement("source").attr("type", source.type()).attr("srcset", source.srcset())
                        .attr("sizes", IMAGE_SIZES);
            }
            element.appendElement("img").attr("src", picture.src())
                    .attr("alt", image.markedDecorative() || image.alt() == null ? "" : image.alt().strip())
                    .attr("width", Integer.toString(picture.width()))
                    .attr("height", Integer.toString(picture.height()))
                    .attr("loading", "lazy").attr("decoding", "async");
            if (image.caption() != null && !image.caption().isEmpty()) {
                runs(figure.appendElement("figcaption"), image.caption());
            }
        });
    }

    private void runs(Element parent, List<TextRun> runs) {
        for (TextRun run : runs) {
            Element at = parent;
            Mark.Citation citation = run.mark(Mark.Citation.class);
            if (citation != null) {
                at.appendElement("sup").addClass("citation").appendElement("a")
                        .attr("href", "#reference-" + citation.reference()).text(run.text());
                continue;
            }
            Mark.Link link = run.mark(Mark.Link.class);
            if (link != null) {
                at = at.appendElement("a");
                if (link.href() != null) {
                    at.attr("href", link.href());
                } else {
                    at.attr("href", targets.href(link.to()))
                            .attr("data-kind", link.to().kind().name().toLowerCase(Locale.ROOT))
                            .attr("data-slug", link.to().slug());
                }
            }
            if (run.has(Mark.Bold.class)) {
                at = at.appendElement("strong");
            }
            if (run.has(Mark.Italic.class)) {
                at = at.appendElement("em");
            }
            at.appendText(run.text());
        }
    }

    /** A heading's id: its words in lower case joined by '-', numbered from the second heading with the same words. */
    private String headingId(String text) {
        String base = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (base.isEmpty()) {
            base = "section";
        }
        int seen = headingIds.merge(base, 1, Integer::sum);
        return seen == 1 ? base : base + "-" + seen;
    }
}
