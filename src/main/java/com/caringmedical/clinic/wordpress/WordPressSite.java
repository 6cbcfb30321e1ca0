package com.caringmedical.clinic.wordpress;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.caringmedical.clinic.web.outbound.OutboundAddress;
import com.caringmedical.clinic.web.outbound.OutboundHttp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a WordPress site through its public REST API ({@code /wp-json/wp/v2/}, or {@code ?rest_route=} where the
 * site has no pretty permalinks), following its paging: categories, tags, the authors of posts, the posts (and
 * pages when asked) as WordPress shows them, and the images they use. What the site refuses to list (some sites
 * hide their users) becomes a note, not a failure; a site that cannot be read at all is a
 * {@link SiteClient.SiteUnreadable}.
 */
@ApplicationScoped
class WordPressSite {

    private static final int PER_PAGE = 100;
    private static final Pattern ATTACHMENT_CLASS = Pattern.compile("wp-image-(\\d{1,18})");
    private static final String JSON = "application/json";

    private final SiteClient client;
    private final ObjectMapper json;
    private final ImportConfig config;

    WordPressSite(SiteClient client, ObjectMapper json, ImportConfig config) {
        this.client = client;
        this.json = json;
        this.config = config;
    }

    /** Everything the import takes from the site; {@code notes} hears what could not be read. */
    WordPressExport read(String siteUrl, boolean includePages, Consumer<String> notes) {
        Api api = Api.find(OutboundAddress.parse(siteUrl), this);
        Map<Long, WordPressExport.Term> categories = terms(api, "categories");
        Map<Long, WordPressExport.Term> tags = terms(api, "tags");
        Map<Long, WordPressExport.Author> authors = new LinkedHashMap<>();
        try {
            for (JsonNode user : api.all(this, "users", "id,slug,name")) {
                authors.put(user.path("id").asLong(), new WordPressExport.Author(user.path("slug").asText(),
                        user.path("name").asText(), "", ""));
            }
        } catch (SiteClient.SiteUnreadable refused) {
            notes.accept("the site does not list its authors (" + refused.getMessage() + "): posts name them by "
                    + "number");
        }
        List<WordPressExport.Item> items = new ArrayList<>();
        Set<Long> images = new LinkedHashSet<>();
        for (String kind : includePages ? List.of("posts", "pages") : List.of("posts")) {
            for (JsonNode post : api.all(this, kind, "id,date_gmt,modified_gmt,slug,status,type,link,title,content,"
                    + "excerpt,author,featured_media,categories,tags")) {
                WordPressExport.Item item = item(post, authors, categories, tags);
                items.add(item);
                if (item.featuredImage() != null) {
                    images.add(item.featuredImage());
                }
                Matcher attachment = ATTACHMENT_CLASS.matcher(item.html());
                while (attachment.find()) {
                    images.add(Long.valueOf(attachment.group(1)));
                }
                if (items.size() > config.maxItems()) {
                    throw new SiteClient.SiteUnreadable("the site has more than " + config.maxItems()
                            + " posts and pages, the most one import takes (clinic.import.max-items)");
                }
            }
        }
        Map<Long, WordPressExport.Attachment> attachments = attachments(api, images);
        String site = api.site().toString().replaceFirst("/+$", "");
        return new WordPressExport(site, List.copyOf(authors.values()), List.copyOf(categories.values()),
                List.copyOf(tags.values()), List.copyOf(items), attachments, true);
    }

    private Map<Long, WordPressExport.Term> terms(Api api, String kind) {
        Map<Long, WordPressExport.Term> terms = new LinkedHashMap<>();
        for (JsonNode term : api.all(this, kind, "id,slug,name")) {
            terms.put(term.path("id").asLong(), new WordPressExport.Term(term.path("slug").asText(),
                    term.path("name").asText()));
        }
        return terms;
    }

    private Map<Long, WordPressExport.Attachment> attachments(Api api, Set<Long> ids) {
        Map<Long, WordPressExport.Attachment> attachments = new LinkedHashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += PER_PAGE) {
            List<Long> some = all.subList(from, Math.min(all.size(), from + PER_PAGE));
            String include = String.join(",", some.stream().map(String::valueOf).toList());
            for (JsonNode media : api.all(this, "media", "id,source_url,alt_text,caption,title",
                    Map.of("include", include))) {
                long id = media.path("id").asLong();
                attachments.put(id, new WordPressExport.Attachment(id, media.path("source_url").asText(),
                        media.path("title").path("rendered").asText(), media.path("alt_text").asText(),
                        media.path("caption").path("rendered").asText()));
            }
        }
        return attachments;
    }

    private static WordPressExport.Item item(JsonNode post, Map<Long, WordPressExport.Author> authors,
            Map<Long, WordPressExport.Term> categories, Map<Long, WordPressExport.Term> tags) {
        long author = post.path("author").asLong();
        WordPressExport.Author writer = authors.get(author);
        long featured = post.path("featured_media").asLong();
        return new WordPressExport.Item(post.path("id").asLong(), post.path("type").asText(),
                post.path("status").asText(), post.path("slug").asText(),
                post.path("title").path("rendered").asText(), post.path("link").asText(),
                date(post.path("date_gmt").asText()), date(post.path("modified_gmt").asText()),
                writer == null ? "author-" + author : writer.login(),
                post.path("content").path("rendered").asText(), post.path("excerpt").path("rendered").asText(),
                slugs(post.path("categories"), categories), slugs(post.path("tags"), tags),
                featured > 0 ? featured : null);
    }

    private static List<String> slugs(JsonNode ids, Map<Long, WordPressExport.Term> terms) {
        List<String> slugs = new ArrayList<>();
        ids.forEach(id -> {
            WordPressExport.Term term = terms.get(id.asLong());
            if (term != null) {
                slugs.add(term.slug());
            }
        });
        return slugs;
    }

    private static Instant date(String text) {
        try {
            return text.isBlank() ? null : LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** One page of a collection, and how many pages WordPress says there are. */
    private record Page(List<JsonNode> items, int totalPages) {
    }

    /** The site's REST API, by its pretty address or by {@code ?rest_route=}. */
    private record Api(URI site, boolean pretty) {

        static Api find(URI site, WordPressSite reader) {
            URI base = URI.create(site.toString().replaceFirst("/+$", "") + "/");
            Api pretty = new Api(base, true);
            OutboundHttp.Answer answer = reader.client.get(pretty.uri("posts", Map.of("per_page", "1")),
                    reader.config.maxPageSize().asLongValue(), JSON);
            if (answer.status() == 200 && answer.contentType().startsWith(JSON)) {
                return pretty;
            }
            Api plain = new Api(base, false);
            answer = reader.client.get(plain.uri("posts", Map.of("per_page", "1")),
                    reader.config.maxPageSize().asLongValue(), JSON);
            if (answer.status() == 200 && answer.contentType().startsWith(JSON)) {
                return plain;
            }
            throw new SiteClient.SiteUnreadable(site + " has no WordPress REST API that lists posts (" + base
                    + "wp-json/wp/v2/posts answered " + answer.status() + ")");
        }

        URI uri(String route, Map<String, String> query) {
            StringBuilder address = new StringBuilder(site.toString());
            address.append(pretty ? "wp-json/wp/v2/" + route + "?" : "?rest_route=/wp/v2/" + route + "&");
            query.forEach((name, value) -> address.append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&'));
            address.setLength(address.length() - 1);
            return URI.create(address.toString());
        }

        List<JsonNode> all(WordPressSite reader, String route, String fields) {
            return all(reader, route, fields, Map.of());
        }

        /** Every item of a collection, page after page as X-WP-TotalPages says. */
        List<JsonNode> all(WordPressSite reader, String route, String fields, Map<String, String> extra) {
            List<JsonNode> all = new ArrayList<>();
            int pages = 1;
            for (int number = 1; number <= pages; number++) {
                Page page = page(reader, route, fields, extra, number);
                all.addAll(page.items());
                pages = page.totalPages();
                if (all.size() > reader.config.maxItems() * 2L) {
                    break;
                }
            }
            return all;
        }

        Page page(WordPressSite reader, String route, String fields, Map<String, String> extra, int number) {
            Map<String, String> query = new LinkedHashMap<>(extra);
            query.put("per_page", String.valueOf(PER_PAGE));
            query.put("page", String.valueOf(number));
            query.put("_fields", fields);
            query.put("orderby", "id");
            query.put("order", "asc");
            URI uri = uri(route, query);
            OutboundHttp.Answer answer = reader.client.get(uri, reader.config.maxPageSize().asLongValue(), JSON);
            if (answer.status() != 200) {
                throw new SiteClient.SiteUnreadable(uri + " answered " + answer.status());
            }
            try {
                JsonNode body = reader.json.readTree(answer.body());
                if (!body.isArray()) {
                    throw new SiteClient.SiteUnreadable(uri + " did not answer a list");
                }
                List<JsonNode> items = new ArrayList<>();
                body.forEach(items::add);
                String total = answer.header("x-wp-totalpages");
                int pages = total != null && total.matches("[0-9]{1,6}") ? Integer.parseInt(total) : number;
                return new Page(items, pages);
            } catch (IOException e) {
                throw new SiteClient.SiteUnreadable(uri + " did not answer JSON: " + e.getMessage());
            }
        }
    }
}
