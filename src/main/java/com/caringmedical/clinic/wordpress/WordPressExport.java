package com.caringmedical.clinic.wordpress;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a WordPress site holds that the import takes in, however it was read (an export file, or the site's REST
 * API): its authors (no e-mail addresses kept), categories, tags, posts and pages, and the images they use.
 * {@code asShown} says whether texts are as WordPress shows them (the REST API: paragraphs added, shortcodes run,
 * quotes and dashes made typographic) or as they were saved (an export file).
 */
record WordPressExport(String siteUrl, List<Author> authors, List<Term> categories, List<Term> tags, List<Item> items,
        Map<Long, Attachment> attachments, boolean asShown) {

    record Author(String login, String displayName, String firstName, String lastName) {
    }

    record Term(String slug, String name) {
    }

    /**
     * A post or a page. {@code status} is WordPress's own (publish, draft, pending, private, future); dates are
     * absent where WordPress has none (a draft's zero date).
     */
    record Item(long id, String type, String status, String slug, String title, String link, Instant publishedAt,
            Instant modifiedAt, String authorLogin, String html, String excerpt, List<String> categories,
            List<String> tags, Long featuredImage) {
    }

    record Attachment(long id, String url, String title, String alt, String caption) {
    }
}
