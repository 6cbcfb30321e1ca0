package com.caringmedical.clinic.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import com.caringmedical.clinic.body.Block;
import com.caringmedical.clinic.body.BodyRules;
import com.caringmedical.clinic.body.Mark;
import com.caringmedical.clinic.body.TextRun;

/**
 * A WordPress post's HTML as structured blocks. jsoup parses it as a browser would; each element becomes the block
 * that means the same (headings, paragraphs, lists one level deep, quotes, images with their captions, YouTube and
 * Vimeo embeds) and inline markup becomes marks (bold, italic, links, citations). Nothing is lost silently: markup
 * without a block of its own (a table, a third list level, an unknown embed) becomes text or is left out, and a
 * warning says so for the import's report. The numbered reference list at the end is taken out of the body and
 * handed on as text; the citation numbers in the text become citation marks of it.
 */
final class PostHtml {

    private static final Pattern REFERENCES_TITLE = Pattern.compile(
            "(?i)(references?|sources|bibliography|citations|works cited|literature)\\s*:?");
    private static final Pattern NUMBERED_ENTRY = Pattern.compile("^\\s*(\\d{1,3})\\s*[.)]\\s+(.+)$", Pattern.DOTALL);
    /** A citation as it stands in text: [4], [1, 2], [3-5]; in a superscript the brackets may be missing. */
    private static final Pattern BRACKETED_CITATION = Pattern.compile("\\[(\\d{1,3}(?:\\s*[-\u2013,]\\s*\\d{1,3})*)\\]");
    private static final Pattern SUPERSCRIPT_CITATION = Pattern.compile(
            "\\[?\\s*(\\d{1,3}(?:\\s*[-\u2013,]\\s*\\d{1,3})*)\\s*\\]?");
    private static final Pattern YOUTUBE = Pattern.compile(
            "(?:youtube(?:-nocookie)?\\.com/(?:embed/|watch\\?(?:[^#]*&)?v=|shorts/|v/)|youtu\\.be/)([A-Za-z0-9_-]{6,64})");
    private static final Pattern VIMEO = Pattern.compile("vimeo\\.com/(?:video/)?([0-9]{3,20})");
    private static final Pattern ATTACHMENT_CLASS = Pattern.compile("wp-image-(\\d{1,18})");
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "header", "footer",
            "aside", "center", "span", "details", "figure");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
            "blockquote", "figure", "img", "iframe", "embed", "video", "table", "pre", "hr", "div", "section",
            "article", "main", "header", "footer", "aside", "center", "details", "script", "style", "form", "dl");
    private static final Set<String> VERBATIM = Set.of("pre", "code", "kbd", "tt", "script", "style", "textarea");
    private static final Set<String> DROPPED = Set.of("script", "style", "form", "input", "button", "select",
            "textarea", "noscript", "object", "audio", "canvas", "svg");

    private final PostLinks links;
    private final List<String> warnings = new ArrayList<>();
    private int referenceCount;

    private PostHtml(PostLinks links) {
        this.links = links;
    }

    /**
     * The post's blocks; {@code asSaved} says the HTML is as WordPress saved it (an export file), not as it shows it
     * (the REST API), so WordPress's typography is applied to its text first, as WordPress would when showing it.
     */
    static MappedPost map(String html, PostLinks links, boolean asSaved) {
        PostHtml post = new PostHtml(links);
        Element body = Jsoup.parseBodyFragment(Shortcodes.expand(paragraphed(html), post.warnings)).body();
        if (asSaved) {
            typography(body);
        }
        List<String> references = post.takeReferenceList(body);
        post.referenceCount = references.size();
        List<Block> blocks = new ArrayList<>();
        post.blocks(body, blocks);
        return new MappedPost(List.copyOf(blocks), List.copyOf(post.warnings), references);
    }

    /** WordPress's typography on every text, except code and preformatted text, which WordPress leaves too. */
    private static void typography(Element body) {
        for (TextNode text : body.textNodes()) {
            text.text(Typography.apply(text.getWholeText()));
        }
        for (Element element : body.children()) {
            if (!VERBATIM.contains(element.tagName())) {
                typography(element);
            }
        }
    }

    /**
     * Content saved by WordPress's classic editor has no paragraph tags: WordPress adds them when it shows the post
     * (wpautop). A blank line separates paragraphs, and a single line break is a break.
     */
    static String paragraphed(String html) {
        if (html.contains("<p") || !html.contains("\n\n")) {
            return html;
        }
        StringBuilder out = new StringBuilder();
        for (String chunk : html.strip().split("\\n\\s*\\n")) {
            String trimmed = chunk.strip();
            boolean block = trimmed.matches("(?is)^<(h[1-6]|ul|ol|blockquote|figure|table|div|pre|hr|iframe)\\b.*");
            out.append(block ? trimmed : "<p>" + trimmed.replace("\n", "<br>\n") + "</p>").append('\n');
        }
        return out.toString();
    }

    /**
     * Finds the numbered reference list that closes the post (an ordered list, or paragraphs numbered 1, 2, 3 ...,
     * after a heading or paragraph such as "References"), takes it and its title out, and answers its entries.
     */
    private List<String> takeReferenceList(Element body) {
        List<Element> flow = new ArrayList<>();
        flatten(body, flow);
        for (int i = flow.size() - 1; i >= 0; i--) {
            if (!isReferencesTitle(flow.get(i))) {
                continue;
            }
            List<Element> after = flow.subList(i + 1, flow.size());
            List<String> entries = new ArrayList<>();
            if (!after.isEmpty() && after.get(0).tagName().equals("ol")) {
                after.get(0).children().stream().filter(li -> li.tagName().equals("li"))
                        .forEach(li -> entries.add(li.text().strip()));
                after.get(0).remove();
            } else {
                for (Element element : List.copyOf(after)) {
                    Matcher numbered = NUMBERED_ENTRY.matcher(element.text());
                    if (!element.tagName().equals("p") || !numbered.matches()
                            || Integer.parseInt(numbered.group(1)) != entries.size() + 1) {
                        break;
                    }
                    entries.add(numbered.group(2).strip());
                    element.remove();
                }
            }
            if (!entries.isEmpty()) {
                flow.get(i).remove();
                return List.copyOf(entries);
            }
        }
        return List.of();
    }

    private static boolean isReferencesTitle(Element element) {
        return (element.tagName().matches("h[1-6]") || element.tagName().equals("p"))
                && REFERENCES_TITLE.matcher(element.text().strip()).matches();
    }

    /** The block-level elements in reading order, wrappers (div, section ...) opened up. */
    private static void flatten(Element parent, List<Element> flow) {
        for (Element child : parent.children()) {
            if (CONTAINERS.contains(child.tagName()) && !child.tagName().equals("figure") && hasBlockChild(child)) {
                flatten(child, flow);
            } else {
                flow.add(child);
            }
        }
    }

    private static boolean hasBlockChild(Element element) {
        return element.children().stream().anyMatch(child -> BLOCK_TAGS.contains(child.tagName()));
    }

    private void blocks(Element parent, List<Block> out) {
        List<Node> loose = new ArrayList<>();
        for (Node node : parent.childNodes()) {
            if (node instanceof Element element && (BLOCK_TAGS.contains(element.tagName()) || isImageOnly(element))) {
                paragraph(loose, out);
                loose.clear();
                block(element, out);
            } else {
                loose.add(node);
            }
        }
        paragraph(loose, out);
    }

    private void block(Element element, List<Block> out) {
        String tag = element.tagName();
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(element, out);
            case "p" -> blocks(element, out);
            case "ul", "ol" -> list(element).ifPresent(out::add);
            case "blockquote" -> quote(element, null).ifPresent(out::add);
            case "figure" -> figure(element, out);
            case "img" -> image(element, List.of()).ifPresent(out::add);
            case "iframe", "embed", "video" -> video(element, null).ifPresent(out::add);
            case "table" -> table(element, out);
            case "pre" -> paragraph(List.of(new TextNode(element.wholeText())), out);
            case "hr" -> {
            }
            default -> {
                if (isImageOnly(element)) {
                    element.select("img").forEach(img -> image(img, List.of()).ifPresent(out::add));
                } else if (DROPPED.contains(tag)) {
                    warn("a <" + tag + "> was left out");
                } else if (hasBlockChild(element) || CONTAINERS.contains(tag)) {
                    blocks(element, out);
                } else {
                    warn("a <" + tag + "> became a paragraph");
                    paragraph(element.childNodes(), out);
                }
            }
        }
    }

    private void heading(Element element, List<Block> out) {
        String text = element.text().strip();
        if (text.isEmpty()) {
            return;
        }
        int level = switch (element.tagName()) {
            case "h1", "h2" -> 2;
            case "h3" -> 3;
            default -> 4;
        };
        out.add(new Block.Heading(level, text));
    }

    /** Inline content as a paragraph, unless it has no text (an empty paragraph, a lone &nbsp;). */
    private void paragraph(List<Node> nodes, List<Block> out) {
        List<TextRun> runs = runs(nodes);
        if (!runs.isEmpty()) {
            out.add(new Block.Paragraph(runs));
        }
    }

    /** An element that only holds an image, such as a link around it: the image stands as a block. */
    private static boolean isImageOnly(Element element) {
        return !element.tagName().equals("img") && !element.select("img").isEmpty() && element.text().isBlank();
    }

    private Optional<Block> list(Element list) {
        List<Block.ListItem> items = items(list, false);
        return items.isEmpty() ? Optional.empty()
                : Optional.of(new Block.ItemList(list.tagName().equals("ol"), items));
    }

    private List<Block.ListItem> items(Element list, boolean nested) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Element li : list.children()) {
            if (!li.tagName().equals("li")) {
                continue;
            }
            List<Element> sublists = li.children().stream()
                    .filter(child -> child.tagName().equals("ul") || child.tagName().equals("ol")).toList();
            List<TextRun> runs = runs(li.childNodes().stream()
                    .filter(node -> !(node instanceof Element element && sublists.contains(element))).toList());
            Block.NestedList sublist = null;
            List<Block.ListItem> flattened = new ArrayList<>();
            for (Element child : sublists) {
                if (nested) {
                    warn("a list nested three levels deep became items of the level above");
                    flattened.addAll(items(child, true));
                } else if (sublist == null) {
                    List<Block.ListItem> inner = items(child, true);
                    sublist = inner.isEmpty() ? null : new Block.NestedList(child.tagName().equals("ol"), inner);
                } else {
                    warn("a second nested list in one item was joined to the first");
                    List<Block.ListItem> joined = new ArrayList<>(sublist.items());
                    joined.addAll(items(child, true));
                    sublist = new Block.NestedList(sublist.ordered(), joined);
                }
            }
            if (!runs.isEmpty()) {
                items.add(new Block.ListItem(runs, sublist));
            } else if (sublist != null) {
                items.addAll(sublist.items());
            }
            items.addAll(flattened);
        }
        return items;
    }

    private Optional<Block> quote(Element blockquote, String attribution) {
        Element cite = blockquote.selectFirst("cite, footer");
        String by = attribution;
        if (cite != null) {
            by = cite.text().strip().replaceFirst("^[\u2014\u2013-]\\s*", "");
            cite.remove();
        }
        List<Element> paragraphs = blockquote.select("p");
        List<TextRun> runs = new ArrayList<>();
        if (paragraphs.isEmpty()) {
            runs.addAll(runs(blockquote.childNodes()));
        } else {
            for (Element paragraph : paragraphs) {
                List<TextRun> more = runs(paragraph.childNodes());
                if (!runs.isEmpty() && !more.isEmpty()) {
                    runs.add(TextRun.plain(" "));
                }
                runs.addAll(more);
            }
        }
        return runs.isEmpty() ? Optional.empty()
                : Optional.of(new Block.Quote(merged(runs), by == null || by.isBlank() ? null : by));
    }

    private void figure(Element figure, List<Block> out) {
        Element caption = figure.selectFirst("figcaption");
        List<TextRun> captionRuns = List.of();
        if (caption != null) {
            captionRuns = runs(caption.childNodes());
            caption.remove();
        }
        Element embed = figure.selectFirst("iframe, embed, video");
        Element img = figure.selectFirst("img");
        Element blockquote = figure.selectFirst("blockquote");
        if (embed != null) {
            video(embed, caption == null ? null : caption.text()).ifPresent(out::add);
        } else if (img != null) {
            if (captionRuns.isEmpty() && figure.hasClass("wp-caption")) {
                img.remove();
                captionRuns = runs(figure.childNodes());
            }
            image(img, captionRuns).ifPresent(out::add);
        } else if (blockquote != null) {
            quote(blockquote, caption == null ? null : caption.text()).ifPresent(out::add);
        } else if (figure.hasClass("wp-block-embed")) {
            video(figure, caption == null ? null : caption.text()).ifPresent(out::add);
        } else {
            blocks(figure, out);
        }
    }

    private Optional<Block> image(Element img, List<TextRun> caption) {
        String src = img.hasAttr("src") ? img.attr("abs:src").isEmpty() ? img.attr("src") : img.attr("abs:src")
                : img.attr("data-src");
        Matcher attachment = ATTACHMENT_CLASS.matcher(img.className());
        Long attachmentId = attachment.find() ? Long.valueOf(attachment.group(1)) : null;
        String alt = img.attr("alt").strip();
        Optional<Long> media = links.media(new PostLinks.PostImage(src, alt, attachmentId));
        if (media.isEmpty()) {
            warn("the image " + src + " could not be imported");
            return Optional.empty();
        }
        String captionText = caption.stream().map(TextRun::text).reduce("", String::concat).strip();
        if (alt.isEmpty() && !captionText.isEmpty()) {
            alt = captionText;
        }
        if (alt.isEmpty()) {
            warn("the image " + src + " has no alt text: it is marked decorative; describe it if it shows something");
            return Optional.of(new Block.Image(media.get(), null, true, caption.isEmpty() ? null : caption));
        }
        return Optional.of(new Block.Image(media.get(), alt, null, caption.isEmpty() ? null : caption));
    }

    private Optional<Block> video(Element element, String caption) {
        String src = element.hasAttr("src") ? element.attr("src")
                : element.hasAttr("data-src") ? element.attr("data-src") : element.text();
        String title = firstText(element.attr("title"), caption, "Video");
        if (title.equals("Video")) {
            warn("the video " + src + " has no title: it is called 'Video'");
        }
        Matcher youtube = YOUTUBE.matcher(src);
        if (youtube.find()) {
            return Optional.of(new Block.Video(Block.VideoProvider.YOUTUBE, youtube.group(1), title));
        }
        Matcher vimeo = VIMEO.matcher(src);
        if (vimeo.find()) {
            return Optional.of(new Block.Video(Block.VideoProvider.VIMEO, vimeo.group(1), title));
        }
        warn("an embed of " + (src.isBlank() ? "unknown content" : src) + " was left out: only YouTube and Vimeo "
                + "videos have a block");
        return Optional.empty();
    }

    private void table(Element table, List<Block> out) {
        warn("a table became one paragraph per row");
        for (Element row : table.select("tr")) {
            String text = String.join(" | ", row.select("th, td").eachText());
            if (!text.isBlank()) {
                out.add(new Block.Paragraph(List.of(TextRun.plain(text))));
            }
        }
    }

    /** Inline nodes as text runs: whitespace collapsed, marks from the elements around each text, runs merged. */
    private List<TextRun> runs(List<Node> nodes) {
        List<TextRun> runs = new ArrayList<>();
        for (Node node : nodes) {
            inline(node, Marks.NONE, runs);
        }
        return trimmed(merged(runs));
    }

    private void inline(Node node, Marks marks, List<TextRun> out) {
        if (node instanceof TextNode text) {
            text(text.getWholeText().replaceAll("[\\s\u00a0]+", " "), marks, out);
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        switch (element.tagName()) {
            case "strong", "b" -> children(element, marks.bold(), out);
            case "em", "i", "cite" -> children(element, marks.italic(), out);
            case "a" -> children(element, marks.link(link(element)), out);
            case "br" -> out.add(new TextRun("\n", marks.toList()));
            case "sup" -> superscript(element, marks, out);
            case "img" -> warn("an image inside text was left out");
            default -> {
                if (DROPPED.contains(element.tagName())) {
                    warn("a <" + element.tagName() + "> was left out");
                } else {
                    children(element, marks, out);
                }
            }
        }
    }

    private void children(Element element, Marks marks, List<TextRun> out) {
        element.childNodes().forEach(child -> inline(child, marks, out));
    }

    /** Text, its [n] citations made citation runs when the post has that reference. */
    private void text(String text, Marks marks, List<TextRun> out) {
        Matcher citation = BRACKETED_CITATION.matcher(text);
        int from = 0;
        while (citation.find()) {
            List<Integer> numbers = numbers(citation.group(1));
            if (numbers.isEmpty()) {
                continue;
            }
            if (citation.start() > from) {
                out.add(new TextRun(text.substring(from, citation.start()), marks.toList()));
            }
            numbers.forEach(number -> out.add(citationRun(number)));
            from = citation.end();
        }
        if (from < text.length()) {
            out.add(new TextRun(text.substring(from), marks.toList()));
        }
    }

    private void superscript(Element sup, Marks marks, List<TextRun> out) {
        Matcher citation = SUPERSCRIPT_CITATION.matcher(sup.text().strip());
        List<Integer> numbers = citation.matches() ? numbers(citation.group(1)) : List.of();
        if (numbers.isEmpty()) {
            children(sup, marks, out);
        } else {
            numbers.forEach(number -> out.add(citationRun(number)));
        }
    }

    /** The reference numbers of "1, 3-5", when every one of them is in the post's reference list. */
    private List<Integer> numbers(String spec) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : spec.split(",")) {
            String[] range = part.strip().split("\\s*[-\u2013]\\s*");
            int first = Integer.parseInt(range[0]);
            int last = Integer.parseInt(range[range.length - 1]);
            if (first < 1 || last < first || last > referenceCount) {
                return List.of();
            }
            for (int n = first; n <= last; n++) {
                numbers.add(n);
            }
        }
        return numbers;
    }

    private static TextRun citationRun(int number) {
        return new TextRun("[" + number + "]", new Mark.Citation(number));
    }

    private Mark.Link link(Element a) {
        String href = a.attr("href").strip();
        if (href.isEmpty()) {
            return null;
        }
        Optional<Mark.InternalLink> internal = links.internal(href);
        if (internal.isPresent()) {
            return new Mark.Link(null, internal.get());
        }
        if (BodyRules.refuseHref(href).isEmpty()) {
            return new Mark.Link(href, null);
        }
        warn("the link to '" + href + "' was left as text: it is neither an imported post nor a full web, mail or "
                + "phone address");
        return null;
    }

    /** Adjacent runs with the same marks as one run. */
    private static List<TextRun> merged(List<TextRun> runs) {
        List<TextRun> merged = new ArrayList<>();
        for (TextRun run : runs) {
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).marks().equals(run.marks()) && !run.has(Mark.Citation.class)) {
                merged.set(last, new TextRun(merged.get(last).text() + run.text(), run.marks()));
            } else {
                merged.add(run);
            }
        }
        return merged;
    }

    /** Runs without the spaces at the start and end of the whole, the space before a citation, and empty runs. */
    private static List<TextRun> trimmed(List<TextRun> runs) {
        List<TextRun> out = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            String text = runs.get(i).text().replaceAll(" *\\n *", "\n");
            if (out.isEmpty()) {
                text = text.stripLeading();
            }
            if (i == runs.size() - 1 || runs.get(i + 1).has(Mark.Citation.class)) {
                text = text.stripTrailing();
            }
            if (!text.isEmpty()) {
                out.add(new TextRun(text, runs.get(i).marks()));
            }
        }
        return out.stream().allMatch(run -> run.text().isBlank()) ? List.of() : out;
    }

    private static String firstText(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return "";
    }

    private void warn(String warning) {
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
    }

    /** The marks in force at a point of the text. */
    private record Marks(boolean isBold, boolean isItalic, Mark.Link currentLink) {

        static final Marks NONE = new Marks(false, false, null);

        Marks bold() {
            return new Marks(true, isItalic, currentLink);
        }

        Marks italic() {
            return new Marks(isBold, true, currentLink);
        }

        Marks link(Mark.Link link) {
            return link == null ? this : new Marks(isBold, isItalic, link);
        }

        List<Mark> toList() {
            List<Mark> marks = new ArrayList<>();
            if (isBold) {
                marks.add(new Mark.Bold());
            }
            if (isItalic) {
                marks.add(new Mark.Italic());
            }
            if (currentLink != null) {
                marks.add(currentLink);
            }
            return marks;
        }
    }
}
