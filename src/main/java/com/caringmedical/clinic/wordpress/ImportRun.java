package com.caringmedical.clinic.wordpress;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;

/**
 * One import while it runs: the site read, what was asked, the report, and what the run has learned so far (the
 * articles its posts became, the images it has, the authors it matched), so each is looked up or made once.
 */
final class ImportRun {

    /** An article a post became here, and whether it is published. */
    record Local(String slug, boolean published) {
    }

    private static final Pattern ITEM_ID = Pattern.compile("(?:^|&)(?:p|page_id)=(\\d{1,18})(?:&|$)");

    private final WordPressExport site;
    private final String siteKey;
    private final String siteOrigin;
    private final boolean publish;
    private final boolean includePages;
    private final String actor;
    private final ImportLog log;
    private final Map<String, WordPressExport.Item> itemsByPath = new HashMap<>();
    private final Map<Long, WordPressExport.Item> itemsById = new HashMap<>();
    private final Map<Long, Local> local = new HashMap<>();
    private final Map<String, Optional<Long>> images = new HashMap<>();
    private final Map<String, String> authors = new HashMap<>();
    private final Set<Long> countedReferences = new LinkedHashSet<>();

    ImportRun(WordPressExport site, boolean publish, boolean includePages, String actor, ImportLog log) {
        this.site = site;
        this.siteKey = siteKey(site.siteUrl());
        URI base = URI.create(siteKey);
        this.siteOrigin = siteKey(base.getScheme() + "://" + base.getRawAuthority());
        this.publish = publish;
        this.includePages = includePages;
        this.actor = actor;
        this.log = log;
        for (WordPressExport.Item item : site.items()) {
            itemsById.put(item.id(), item);
            path(item.link()).ifPresent(path -> itemsByPath.put(path, item));
        }
    }

    /**
     * The site as origins name it, the same however it was read: scheme and host in lower case, no default port, no
     * trailing slash ({@code http://127.0.0.1:8080}, {@code https://clinic.example/blog}).
     */
    static String siteKey(String url) {
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                    || (scheme.equals("https") && port == 443);
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("/+$", "");
            return scheme + "://" + (uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT))
                    + (defaultPort ? "" : ":" + port) + path;
        } catch (IllegalArgumentException e) {
            return url.strip().replaceFirst("/+$", "").toLowerCase(Locale.ROOT);
        }
    }

    /** The post or page an address of this site leads to: by its permalink, or by ?p= / ?page_id=. */
    Optional<WordPressExport.Item> itemAt(String href) {
        URI uri;
        try {
            uri = URI.create(href.strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (uri.getHost() != null && !siteKey(uri.getScheme() + "://" + uri.getRawAuthority()).equals(siteOrigin)) {
            return Optional.empty();
        }
        Matcher id = ITEM_ID.matcher(uri.getRawQuery() == null ? "" : uri.getRawQuery());
        if (id.find()) {
            return Optional.ofNullable(itemsById.get(Long.valueOf(id.group(1))));
        }
        return path(href).map(itemsByPath::get);
    }

    private static Optional<String> path(String href) {
        if (href == null || href.isBlank()) {
            return Optional.empty();
        }
        try {
            String path = URI.create(href.strip()).getRawPath();
            return path == null || path.isEmpty() ? Optional.empty()
                    : Optional.of(path.replaceAll("/{2,}", "/").replaceFirst("(?<=.)/$", ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A title, caption or excerpt as plain text, as WordPress shows it. */
    String text(String html) {
        String text = Jsoup.parse(html == null ? "" : html).text().strip();
        return site.asShown() ? text : Typography.apply(text);
    }

    /** The text, cut to at most {@code max} characters with an ellipsis where it was longer. */
    static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    /** A version the import recorded, as an If-Match header names it for the editing flow. */
    static String ifMatch(String version) {
        return "\"" + version + "\"";
    }

    /** The first of the texts that is not blank; empty when all are. */
    static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return "";
    }

    WordPressExport site() {
        return site;
    }

    String siteKey() {
        return siteKey;
    }

    boolean publish() {
        return publish;
    }

    boolean includePages() {
        return includePages;
    }

    String actor() {
        return actor;
    }

    ImportLog log() {
        return log;
    }

    Map<Long, Local> local() {
        return local;
    }

    Map<String, Optional<Long>> images() {
        return images;
    }

    Map<String, String> authors() {
        return authors;
    }

    /** Whether this run has already counted the reference (a reference many posts cite is counted once). */
    boolean firstMention(long reference) {
        return countedReferences.add(reference);
    }

    List<WordPressExport.Item> items() {
        return site.items();
    }
}
