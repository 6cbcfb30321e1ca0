package com.caringmedical.clinic.wordpress;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a WordPress export file (WXR, the RSS that Tools → Export writes). jsoup's XML parser reads it: it never
 * fetches anything a document declares (no external entities, no DTDs), so a hostile file cannot make the service
 * read its own files or reach the network. Posts and pages are kept, attachments as the images they point to;
 * other item types (menus, form entries, revisions) are left out.
 */
final class WxrReader {

    /** How much of a file's start {@link #siteOf} reads: the channel's header comes before any item. */
    private static final int HEAD = 256 * 1024;
    private static final Pattern BASE_URL = Pattern.compile(
            "<wp:base_(?:blog|site)_url>\\s*(?:<!\\[CDATA\\[)?\\s*(https?://[^<\\]\\s]+)");
    private static final DateTimeFormatter GMT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private WxrReader() {
    }

    /**
     * The site an export file comes from, read from its start only (the whole file is read by the job, not by the
     * request that brings it): empty when the start is not that of a WordPress export.
     */
    static Optional<String> siteOf(byte[] file) {
        String head = new String(file, 0, Math.min(file.length, HEAD), StandardCharsets.UTF_8);
        if (!head.contains("<rss") || !head.contains("wxr_version>")) {
            return Optional.empty();
        }
        Matcher site = BASE_URL.matcher(head);
        return site.find() ? Optional.of(site.group(1).strip().replaceFirst("/+$", "")) : Optional.empty();
    }

    static WordPressExport read(String xml) {
        Document document = Jsoup.parse(xml, "", Parser.xmlParser());
        Element channel = document.selectFirst("rss > channel");
        if (channel == null || channel.selectFirst("wp|wxr_version") == null) {
            throw new IllegalArgumentException("not a WordPress export (WXR): no rss channel with a wp:wxr_version");
        }
        String site = firstText(channel, "wp|base_blog_url", "wp|base_site_url", "link");
        List<WordPressExport.Author> authors = channel.select("> wp|author").stream()
                .map(author -> new WordPressExport.Author(text(author, "wp|author_login"),
                        text(author, "wp|author_display_name"), text(author, "wp|author_first_name"),
                        text(author, "wp|author_last_name")))
                .toList();
        List<WordPressExport.Term> categories = channel.select("> wp|category").stream()
                .map(term -> new WordPressExport.Term(text(term, "wp|category_nicename"), text(term, "wp|cat_name")))
                .toList();
        List<WordPressExport.Term> tags = channel.select("> wp|tag").stream()
                .map(term -> new WordPressExport.Term(text(term, "wp|tag_slug"), text(term, "wp|tag_name")))
                .toList();
        Map<Long, WordPressExport.Attachment> attachments = new LinkedHashMap<>();
        List<WordPressExport.Item> items = new ArrayList<>();
        for (Element item : channel.select("> item")) {
            String type = text(item, "wp|post_type");
            Long id = number(text(item, "wp|post_id"));
            if (id == null) {
                continue;
            }
            if (type.equals("attachment")) {
                attachments.put(id, new WordPressExport.Attachment(id, text(item, "wp|attachment_url"),
                        text(item, "title"), meta(item, "_wp_attachment_image_alt"), text(item, "excerpt|encoded")));
            } else if (type.equals("post") || type.equals("page")) {
                items.add(new WordPressExport.Item(id, type, text(item, "wp|status"), text(item, "wp|post_name"),
                        text(item, "title"), text(item, "link"), date(text(item, "wp|post_date_gmt")),
                        date(text(item, "wp|post_modified_gmt")), text(item, "dc|creator"),
                        text(item, "content|encoded"), text(item, "excerpt|encoded"),
                        terms(item, "category"), terms(item, "post_tag"),
                        number(meta(item, "_thumbnail_id"))));
            }
        }
        return new WordPressExport(site, authors, categories, tags, List.copyOf(items), attachments, false);
    }

    private static List<String> terms(Element item, String domain) {
        return item.select("> category[domain=" + domain + "]").stream().map(term -> term.attr("nicename"))
                .filter(slug -> !slug.isBlank()).toList();
    }

    private static String meta(Element item, String key) {
        for (Element meta : item.select("> wp|postmeta")) {
            if (key.equals(text(meta, "wp|meta_key"))) {
                return text(meta, "wp|meta_value");
            }
        }
        return "";
    }

    private static String text(Element parent, String query) {
        Element element = parent.selectFirst("> " + query);
        return element == null ? "" : element.wholeText().strip();
    }

    private static String firstText(Element parent, String... queries) {
        for (String query : queries) {
            String text = text(parent, query);
            if (!text.isEmpty()) {
                return text.replaceFirst("/+$", "");
            }
        }
        return "";
    }

    private static Long number(String text) {
        return text.matches("\\d{1,18}") ? Long.valueOf(text) : null;
    }

    /** A GMT date as WordPress writes it; WordPress writes zeros for none. */
    private static Instant date(String text) {
        if (text.isEmpty() || text.startsWith("0000")) {
            return null;
        }
        try {
            return LocalDateTime.parse(text, GMT).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
