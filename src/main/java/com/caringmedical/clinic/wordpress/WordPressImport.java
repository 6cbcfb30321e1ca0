package com.caringmedical.clinic.wordpress;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.caringmedical.clinic.article.ArticleEditing;
import com.caringmedical.clinic.article.ArticleForm;
import com.caringmedical.clinic.author.AuthorEditing;
import com.caringmedical.clinic.author.AuthorForm;
import com.caringmedical.clinic.body.Block;
import com.caringmedical.clinic.body.Mark;
import com.caringmedical.clinic.body.TextRun;
import com.caringmedical.clinic.editing.ContentEditor;
import com.caringmedical.clinic.editing.Edited;
import com.caringmedical.clinic.editing.PublicationStatus;
import com.caringmedical.clinic.redirect.RedirectKind;
import com.caringmedical.clinic.redirect.RedirectService;
import com.caringmedical.clinic.web.problem.ProblemException;

/**
 * Takes what a WordPress site holds into the clinic's content, through the same editing flow editors use (so every
 * rule of theirs holds): authors, then each post with its images and references, then its old address as a
 * redirect. Each post is saved in a transaction of its own, with its origin, so a failure stops that post only.
 * A post that links to one imported after it is saved again once that one exists.
 */
@ApplicationScoped
class WordPressImport {

    private static final Logger LOG = Logger.getLogger(WordPressImport.class);
    private static final Set<String> IMPORTED_AS_DRAFTS = Set.of("draft", "pending", "future");
    private static final int MAX_TITLE = 300;
    private static final int SUMMARY_LENGTH = 300;

    private final ContentEditor editor;
    private final ArticleEditing articles;
    private final AuthorEditing authors;
    private final ImportedMedia media;
    private final ImportedReferences references;
    private final RedirectService redirects;
    private final ImportOriginRepository origins;
    private final Validator validator;
    private final ObjectMapper json;

    WordPressImport(ContentEditor editor, ArticleEditing articles, AuthorEditing authors, ImportedMedia media,
            ImportedReferences references, RedirectService redirects, ImportOriginRepository origins,
            Validator validator, ObjectMapper json) {
        this.editor = editor;
        this.articles = articles;
        this.authors = authors;
        this.media = media;
        this.references = references;
        this.redirects = redirects;
        this.origins = origins;
        this.validator = validator;
        this.json = json;
    }

    void run(ImportRun run) {
        List<WordPressExport.Item> kept = new ArrayList<>();
        for (WordPressExport.Item item : run.items()) {
            if (item.type().equals("page") && !run.includePages()) {
                continue;
            }
            kept.add(item);
            findLocal(run, item);
        }
        run.log().total(ImportLog.ARTICLES, kept.size());
        List<Integer> lines = new ArrayList<>();
        Set<Long> linkingAhead = new LinkedHashSet<>();
        for (WordPressExport.Item item : kept) {
            lines.add(article(run, item, linkingAhead, -1));
        }
        run.log().repeating(true);
        for (int i = 0; i < kept.size(); i++) {
            if (linkingAhead.contains(kept.get(i).id()) && lines.get(i) >= 0) {
                article(run, kept.get(i), new LinkedHashSet<>(), lines.get(i));
            }
        }
        run.log().repeating(false);
        run.log().flush();
    }

    /** What the post became in an earlier import, if it is still here: its links can lead there from the start. */
    private void findLocal(ImportRun run, WordPressExport.Item item) {
        QuarkusTransaction.requiringNew().call(() -> origins.find(run.siteKey(), originKind(item),
                String.valueOf(item.id())).flatMap(origin -> editor.find(articles, origin.localKey())))
                .ifPresent(found -> run.local().put(item.id(), new ImportRun.Local(found.key(),
                        found.form().status() == PublicationStatus.PUBLISHED)));
    }

    /**
     * Imports one post: answers the position of its report line, or -1 when it is not one to save again. With
     * {@code again} at a line's position, it is the second save of a post whose links now lead to posts saved after
     * it; its line keeps its first outcome.
     */
    private int article(ImportRun run, WordPressExport.Item item, Set<Long> linkingAhead, int again) {
        String title = ImportRun.shortened(run.text(item.title()), MAX_TITLE);
        String origin = item.type() + " " + item.id();
        List<String> notes = new ArrayList<>();
        PublicationStatus status;
        if (item.status().equals("publish")) {
            status = run.publish() ? PublicationStatus.PUBLISHED : PublicationStatus.DRAFT;
        } else if (IMPORTED_AS_DRAFTS.contains(item.status())) {
            status = PublicationStatus.DRAFT;
            notes.add("it was " + ("future".equals(item.status()) ? "scheduled" : "a draft")
                    + " in WordPress: imported as a draft");
        } else {
            return line(run, again, new ImportReport.Item("article", origin, title, ImportReport.Outcome.SKIPPED, null,
                    List.of("its WordPress status is '" + item.status() + "': only published posts, drafts and "
                            + "scheduled ones are imported")));
        }
        try {
            ArticleForm form = form(run, item, title, status, notes, linkingAhead);
            return line(run, again, save(run, item, origin, form, notes));
        } catch (ProblemException refused) {
            notes.add(0, "not saved: " + ImportReport.describe(refused));
            return line(run, again, new ImportReport.Item("article", origin, title, ImportReport.Outcome.FAILED, null,
                    notes));
        } catch (RuntimeException unexpected) {
            LOG.errorf(unexpected, "Importing %s of %s failed", origin, run.siteKey());
            notes.add(0, "not saved: an unexpected error (" + unexpected.getClass().getSimpleName()
                    + "); the service log has the details");
            return line(run, again, new ImportReport.Item("article", origin, title, ImportReport.Outcome.FAILED, null,
                    notes));
        }
    }

    private static int line(ImportRun run, int again, ImportReport.Item item) {
        if (again < 0) {
            return run.log().record(ImportLog.ARTICLES, item);
        }
        ImportReport.Item first = run.log().item(again);
        ImportReport.Outcome outcome = item.outcome() == ImportReport.Outcome.FAILED ? item.outcome() : first.outcome();
        run.log().replace(again, new ImportReport.Item(first.kind(), first.origin(), first.title(), outcome,
                item.location() != null ? item.location() : first.location(), item.notes()));
        return again;
    }

    private ArticleForm form(ImportRun run, WordPressExport.Item item, String title, PublicationStatus status,
            List<String> notes, Set<Long> linkingAhead) {
        boolean published = status == PublicationStatus.PUBLISHED;
        PostLinks links = new PostLinks() {
            @Override
            public Optional<Mark.InternalLink> internal(String href) {
                Optional<WordPressExport.Item> target = run.itemAt(href);
                if (target.isEmpty()) {
                    return Optional.empty();
                }
                ImportRun.Local local = run.local().get(target.get().id());
                if (local == null) {
                    linkingAhead.add(item.id());
                    return Optional.empty();
                }
                return published && !local.published() ? Optional.empty()
                        : Optional.of(new Mark.InternalLink(Mark.LinkedKind.ARTICLE, local.slug()));
            }

            @Override
            public Optional<Long> media(PostImage image) {
                return media.image(run, image);
            }
        };
        MappedPost mapped = PostHtml.map(item.html(), links, !run.site().asShown());
        notes.addAll(mapped.warnings());
        ImportedReferences.Cited cited = references.cite(run, item, mapped.references(), mapped.body(), published);
        List<Block> body = cited.body();
        if (body.isEmpty()) {
            body = List.of(new Block.Paragraph(List.of(TextRun.plain(title.isEmpty() ? "(No text)" : title))));
            notes.add("the post has no text: its title stands in for its body");
        }
        Long featured = item.featuredImage() == null ? null
                : links.media(new PostLinks.PostImage("", "", item.featuredImage())).orElse(null);
        String slug = ImportRun.firstNonBlank(Slugs.of(item.slug()), Slugs.of(title), "post-" + item.id());
        return new ArticleForm(slug, title.isEmpty() ? slug : title, summary(run, item, body), author(run, item),
                List.of(), topics(item), body, cited.ids(), List.of(), status, featured, null,
                item.status().equals("publish") ? item.publishedAt() : null, null);
    }

    private ImportReport.Item save(ImportRun run, WordPressExport.Item item, String origin, ArticleForm form,
            List<String> notes) {
        Set<ConstraintViolation<ArticleForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            notes.add(0, "not saved: " + String.join("; ", violations.stream()
                    .map(violation -> violation.getPropertyPath() + " " + violation.getMessage()).sorted().toList()));
            return new ImportReport.Item("article", origin, form.title(), ImportReport.Outcome.FAILED, null, notes);
        }
        String hash = hash(form);
        ImportOrigin.OriginKind kind = originKind(item);
        String key = String.valueOf(item.id());
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<ImportOrigin> known = origins.find(run.siteKey(), kind, key);
            ImportReport.Outcome outcome;
            String slug;
            if (known.isEmpty()) {
                if (editor.find(articles, form.slug()).isPresent()) {
                    notes.add(0, "an article with the slug '" + form.slug() + "' is here already and did not come "
                            + "from this post: it was left as it is");
                    return new ImportReport.Item("article", origin, form.title(), ImportReport.Outcome.SKIPPED,
                            "/editor/articles/" + form.slug(), notes);
                }
                Edited<String, ArticleForm> created = editor.create(articles, form, run.actor());
                origins.made(run.siteKey(), kind, key, ImportOrigin.LocalKind.ARTICLE, created.key(),
                        created.tag().getValue(), hash);
                outcome = ImportReport.Outcome.CREATED;
                slug = created.key();
            } else {
                ImportOrigin previous = known.get();
                Optional<Edited<String, ArticleForm>> current = editor.find(articles, previous.localKey());
                if (current.isEmpty()) {
                    notes.add(0, "deleted here since the last import: not made again");
                    return new ImportReport.Item("article", origin, form.title(), ImportReport.Outcome.SKIPPED, null,
                            notes);
                }
                String at = "/editor/articles/" + current.get().key();
                if (!current.get().tag().getValue().equals(previous.localVersion())) {
                    if (!hash.equals(previous.contentHash())) {
                        notes.add(0, "changed here since the last import, and in WordPress too: WordPress's "
                                + "changes were not applied, so the editor's stay");
                    }
                    return new ImportReport.Item("article", origin, form.title(),
                            hash.equals(previous.contentHash()) ? ImportReport.Outcome.UNCHANGED
                                    : ImportReport.Outcome.SKIPPED, at, notes.isEmpty() ? null : notes);
                }
                if (hash.equals(previous.contentHash())) {
                    outcome = ImportReport.Outcome.UNCHANGED;
                    slug = current.get().key();
                } else {
                    Edited<String, ArticleForm> replaced = editor.replace(articles, current.get().key(),
                            ImportRun.ifMatch(previous.localVersion()), form, run.actor()).orElseThrow();
                    previous.imported(replaced.key(), replaced.tag().getValue(), hash, Instant.now());
                    outcome = ImportReport.Outcome.UPDATED;
                    slug = replaced.key();
                }
            }
            run.local().put(item.id(), new ImportRun.Local(slug, form.status() == PublicationStatus.PUBLISHED));
            redirect(run, item.link(), RedirectKind.ARTICLE, slug);
            return new ImportReport.Item("article", origin, form.title(), outcome, "/editor/articles/" + slug,
                    notes.isEmpty() ? null : notes);
        });
    }

    private void redirect(ImportRun run, String permalink, RedirectKind kind, String slug) {
        if (permalink == null || permalink.isBlank()) {
            return;
        }
        RedirectService.Recorded recorded = redirects.recordImported(permalink, kind, slug);
        String at = "/redirects?path=" + URLEncoder.encode(permalink, StandardCharsets.UTF_8);
        switch (recorded) {
            case CREATED -> run.log().record(ImportLog.REDIRECTS, new ImportReport.Item("redirect", permalink, null,
                    ImportReport.Outcome.CREATED, at, null));
            case UNCHANGED -> run.log().record(ImportLog.REDIRECTS, new ImportReport.Item("redirect", permalink, null,
                    ImportReport.Outcome.UNCHANGED, at, null));
            case TAKEN -> run.log().record(ImportLog.REDIRECTS, new ImportReport.Item("redirect", permalink, null,
                    ImportReport.Outcome.SKIPPED, at, List.of("this address leads to other content here already: it "
                            + "was left as it is, not led to the " + kind.name().toLowerCase(Locale.ROOT) + " '"
                            + slug + "'")));
            case NOT_A_PATH -> {
            }
        }
    }

    /**
     * The author's slug: an author with the slug their name makes is the same person (the clinic's own profile is
     * used, never changed); anyone else is added, with credentials after a comma in the name taken apart
     * ("Ross Hauser, MD"). An author the import added as a draft is published by a later import that publishes, as
     * long as no editor has changed the profile.
     */
    private String author(ImportRun run, WordPressExport.Item item) {
        return run.authors().computeIfAbsent(item.authorLogin(), login -> {
            WordPressExport.Author known = run.site().authors().stream()
                    .filter(author -> author.login().equals(login)).findFirst().orElse(null);
            String displayName = known == null ? "" : ImportRun.firstNonBlank(known.displayName(),
                    (known.firstName() + " " + known.lastName()).strip(), known.login());
            if (displayName.isEmpty()) {
                displayName = "WordPress author " + login.replaceFirst("^author-", "");
            }
            String[] parts = displayName.split(",\\s*", 2);
            String name = ImportRun.shortened(parts[0].strip(), 200);
            String credentials = parts.length > 1 && !parts[1].isBlank() ? ImportRun.shortened(parts[1].strip(), 200) : null;
            String slug = ImportRun.firstNonBlank(Slugs.of(name), Slugs.of(login), "wordpress-author");
            PublicationStatus status = run.publish() ? PublicationStatus.PUBLISHED : PublicationStatus.DRAFT;
            return QuarkusTransaction.requiringNew().call(() -> {
                Optional<ImportOrigin> ours = origins.find(run.siteKey(), ImportOrigin.OriginKind.AUTHOR, login);
                String local = ours.map(ImportOrigin::localKey).orElse(slug);
                Optional<Edited<String, AuthorForm>> existing = editor.find(authors, local);
                ImportReport.Item line;
                if (existing.isEmpty()) {
                    AuthorForm form = new AuthorForm(slug, name, credentials, null, null, null, null, null, status);
                    Edited<String, AuthorForm> created = editor.create(authors, form, run.actor());
                    ours.ifPresent(origins::delete);
                    origins.flush();
                    origins.made(run.siteKey(), ImportOrigin.OriginKind.AUTHOR, login, ImportOrigin.LocalKind.AUTHOR,
                            created.key(), created.tag().getValue(), "");
                    local = created.key();
                    line = new ImportReport.Item("author", login, name, ImportReport.Outcome.CREATED,
                            "/editor/authors/" + local, null);
                } else if (status == PublicationStatus.PUBLISHED
                        && existing.get().form().status() != PublicationStatus.PUBLISHED) {
                    line = publish(run, login, name, existing.get(), ours);
                } else {
                    line = new ImportReport.Item("author", login, name, ImportReport.Outcome.UNCHANGED,
                            "/editor/authors/" + local, ours.isPresent() ? null
                                    : List.of("the author '" + local + "' here is taken to be the same person"));
                }
                run.log().record(ImportLog.AUTHORS, line);
                redirect(run, run.siteKey() + "/author/" + login + "/", RedirectKind.AUTHOR, local);
                return local;
            });
        });
    }

    /** Publishes a draft author the import made and no editor changed; anyone else's draft stays a draft. */
    private ImportReport.Item publish(ImportRun run, String login, String name, Edited<String, AuthorForm> draft,
            Optional<ImportOrigin> ours) {
        String at = "/editor/authors/" + draft.key();
        if (ours.isEmpty() || !ours.get().untouchedAt(draft.tag().getValue())) {
            return new ImportReport.Item("author", login, name, ImportReport.Outcome.SKIPPED, at, List.of("a draft "
                    + "here, which published articles cannot name: publish it, then import again"));
        }
        AuthorForm form = draft.form();
        AuthorForm published = new AuthorForm(form.slug(), form.name(), form.credentials(), form.role(), form.bio(),
                form.profileUrl(), form.orcid(), form.photo(), PublicationStatus.PUBLISHED);
        Edited<String, AuthorForm> saved = editor.replace(authors, draft.key(),
                ImportRun.ifMatch(draft.tag().getValue()), published, run.actor()).orElseThrow();
        ours.get().imported(saved.key(), saved.tag().getValue(), "", Instant.now());
        return new ImportReport.Item("author", login, name, ImportReport.Outcome.UPDATED, at,
                List.of("published: the import made it, and no editor has changed it since"));
    }

    /** Categories, then tags, each in alphabetical order so that every way of reading the site gives the same. */
    private static List<String> topics(WordPressExport.Item item) {
        List<String> topics = new ArrayList<>();
        for (List<String> terms : List.of(item.categories(), item.tags())) {
            TreeSet<String> sorted = new TreeSet<>();
            terms.stream().map(Slugs::of).filter(slug -> !slug.isEmpty() && !slug.equals("uncategorized"))
                    .forEach(sorted::add);
            sorted.stream().filter(slug -> !topics.contains(slug)).forEach(topics::add);
        }
        return topics;
    }

    /**
     * The post's excerpt when someone wrote one; else the first paragraph, up to its last full sentence within 300
     * characters. WordPress's REST API makes an excerpt of the text's first words when there is none; that one is
     * recognized (the text starts with it) and not used, so the REST API and an export file give the same summary.
     */
    private static String summary(ImportRun run, WordPressExport.Item item, List<Block> body) {
        String excerpt = run.text(item.excerpt()).replaceFirst("\\s*(\\[(\u2026|\\.\\.\\.|&hellip;)\\]|\u2026)$", "")
                .strip();
        String text = plainText(body);
        if (run.site().asShown() && !excerpt.isEmpty()
                && squeezed(text).startsWith(squeezed(excerpt.substring(0, Math.min(excerpt.length(), 60))))) {
            excerpt = "";
        }
        if (!excerpt.isEmpty()) {
            return ImportRun.shortened(excerpt, 2000);
        }
        String first = body.stream().filter(Block.Paragraph.class::isInstance).map(Block.Paragraph.class::cast)
                .findFirst().map(paragraph -> runsText(paragraph.content())).orElse(text).strip();
        if (first.length() <= SUMMARY_LENGTH) {
            return first.isEmpty() ? run.text(item.title()) : first;
        }
        String cut = first.substring(0, SUMMARY_LENGTH);
        int sentence = Math.max(cut.lastIndexOf(". "), Math.max(cut.lastIndexOf("? "), cut.lastIndexOf("! ")));
        if (sentence > SUMMARY_LENGTH / 3) {
            return cut.substring(0, sentence + 1);
        }
        return cut.substring(0, Math.max(cut.lastIndexOf(' '), SUMMARY_LENGTH / 2)).strip() + "\u2026";
    }

    private static String squeezed(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]+", "").toLowerCase(Locale.ROOT);
    }

    private static String plainText(List<Block> body) {
        StringBuilder text = new StringBuilder();
        for (Block block : body) {
            if (block instanceof Block.Paragraph paragraph) {
                text.append(runsText(paragraph.content())).append(' ');
            } else if (block instanceof Block.Heading heading) {
                text.append(heading.text()).append(' ');
            } else if (block instanceof Block.ItemList list) {
                list.items().forEach(listItem -> text.append(runsText(listItem.content())).append(' '));
            } else if (block instanceof Block.Quote quote) {
                text.append(runsText(quote.content())).append(' ');
            }
        }
        return text.toString();
    }

    private static String runsText(List<TextRun> runs) {
        return String.join("", runs.stream().map(TextRun::text).toList()).replace('\n', ' ');
    }

    private static ImportOrigin.OriginKind originKind(WordPressExport.Item item) {
        return item.type().equals("page") ? ImportOrigin.OriginKind.PAGE : ImportOrigin.OriginKind.POST;
    }

    /** A digest of the form: the same digest means the import would write the same article. */
    private String hash(ArticleForm form) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(form));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Hashing an article's form failed", e);
        }
    }

}
