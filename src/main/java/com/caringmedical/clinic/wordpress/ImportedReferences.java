package com.caringmedical.clinic.wordpress;

import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.quarkus.narayana.jta.QuarkusTransaction;

import com.caringmedical.clinic.body.Block;
import com.caringmedical.clinic.body.TextRun;
import com.caringmedical.clinic.editing.ContentEditor;
import com.caringmedical.clinic.editing.Edited;
import com.caringmedical.clinic.editing.PublicationStatus;
import com.caringmedical.clinic.reference.Reference;
import com.caringmedical.clinic.reference.ReferenceEditing;
import com.caringmedical.clinic.reference.ReferenceForm;
import com.caringmedical.clinic.reference.ReferenceService;
import com.caringmedical.clinic.web.problem.ProblemException;

/**
 * A post's reference list as references of the library: each entry read by {@link CitationParser}, matched to the
 * reference the library has for that publication (DOI first, then the title) or added to it; an entry that cannot
 * be read with confidence, or that a published article could not cite, stays text at the end of the article and in
 * the report, so an editor can finish it.
 */
@ApplicationScoped
class ImportedReferences {

    /** The title of the section that keeps the entries that stayed text. */
    static final String LEFT_AS_TEXT_TITLE = "Further sources";

    private final ReferenceService library;
    private final ReferenceEditing references;
    private final ContentEditor editor;
    private final Validator validator;
    private final ImportOriginRepository origins;

    ImportedReferences(ReferenceService library, ReferenceEditing references, ContentEditor editor, Validator validator,
            ImportOriginRepository origins) {
        this.library = library;
        this.references = references;
        this.editor = editor;
        this.validator = validator;
        this.origins = origins;
    }

    /** The references an article cites, in order, and its body with the citations numbered for them. */
    record Cited(List<Long> ids, List<Block> body) {
    }

    Cited cite(ImportRun run, WordPressExport.Item post, List<String> entries, List<Block> body, boolean published) {
        List<Long> ids = new ArrayList<>();
        int[] numbers = new int[entries.size() + 1];
        List<Block.ListItem> leftAsText = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i);
            String origin = "post " + post.id() + ", entry " + (i + 1);
            Optional<Long> id = reference(run, origin, entry, published);
            if (id.isPresent()) {
                if (!ids.contains(id.get())) {
                    ids.add(id.get());
                }
                numbers[i + 1] = ids.indexOf(id.get()) + 1;
            } else {
                leftAsText.add(new Block.ListItem(List.of(TextRun.plain("[" + (i + 1) + "] " + entry)), null));
            }
        }
        List<Block> numbered = new ArrayList<>(CitationNumbers.renumber(body, n -> n < numbers.length ? numbers[n] : 0));
        if (!leftAsText.isEmpty()) {
            numbered.add(new Block.Heading(2, LEFT_AS_TEXT_TITLE));
            numbered.add(new Block.ItemList(false, leftAsText));
        }
        return new Cited(List.copyOf(ids), List.copyOf(numbered));
    }

    private Optional<Long> reference(ImportRun run, String origin, String entry, boolean published) {
        CitationParser.Parsed parsed = CitationParser.parse(entry);
        if (parsed.citation().isEmpty()) {
            left(run, origin, entry, "kept as text: " + parsed.note());
            return Optional.empty();
        }
        ParsedCitation citation = parsed.citation().get();
        String key = citation.doi() != null ? "doi:" + citation.doi().toLowerCase(Locale.ROOT)
                : "title:" + citation.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
        Optional<Reference> same = QuarkusTransaction.requiringNew()
                .call(() -> library.findSame(citation.doi(), citation.title()));
        if (same.isPresent()) {
            long id = same.get().id();
            if (published && !same.get().isPublished() && !publishOurs(run, key, id)) {
                left(run, origin, entry, "kept as text: it is reference " + id + " of the library, a draft, which a "
                        + "published article cannot cite; publish it and import again");
                return Optional.empty();
            }
            if (run.firstMention(id)) {
                run.log().record(ImportLog.REFERENCES, new ImportReport.Item("reference", origin, citation.title(),
                        published && !same.get().isPublished() ? ImportReport.Outcome.UPDATED
                                : ImportReport.Outcome.UNCHANGED, "/editor/references/" + id,
                        published && !same.get().isPublished() ? List.of("published: the import made it, and no "
                                + "editor has changed it since") : null));
            }
            return Optional.of(id);
        }
        ReferenceForm form = form(citation, run.publish() ? PublicationStatus.PUBLISHED : PublicationStatus.DRAFT);
        Set<ConstraintViolation<ReferenceForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            left(run, origin, entry, "kept as text: " + String.join("; ", violations.stream()
                    .map(violation -> violation.getPropertyPath() + " " + violation.getMessage()).sorted().toList()));
            return Optional.empty();
        }
        try {
            long id = QuarkusTransaction.requiringNew().call(() -> {
                Edited<Long, ReferenceForm> created = editor.create(references, form, run.actor());
                origins.made(run.siteKey(), ImportOrigin.OriginKind.CITATION, key, ImportOrigin.LocalKind.REFERENCE,
                        String.valueOf(created.key()), created.tag().getValue(), "");
                return created.key();
            });
            run.firstMention(id);
            List<String> notes = new ArrayList<>();
            if (parsed.note() != null) {
                notes.add(parsed.note());
            }
            if (citation.aheadOfPrint()) {
                notes.add("published ahead of print: check for its volume and pages");
            }
            run.log().record(ImportLog.REFERENCES, new ImportReport.Item("reference", origin, citation.title(),
                    ImportReport.Outcome.CREATED, "/editor/references/" + id, notes.isEmpty() ? null : notes));
            return Optional.of(id);
        } catch (ProblemException refused) {
            left(run, origin, entry, "kept as text: " + ImportReport.describe(refused));
            return Optional.empty();
        }
    }

    /**
     * Publishes a draft reference that an earlier import of this site made and no editor has changed since; false
     * when it is someone else's (or changed), which stays a draft.
     */
    private boolean publishOurs(ImportRun run, String key, long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<ImportOrigin> ours = origins.find(run.siteKey(), ImportOrigin.OriginKind.CITATION, key)
                    .filter(origin -> origin.localKey().equals(String.valueOf(id)));
            Optional<Edited<Long, ReferenceForm>> draft = editor.find(references, id);
            if (ours.isEmpty() || draft.isEmpty() || !ours.get().untouchedAt(draft.get().tag().getValue())) {
                return false;
            }
            ReferenceForm form = draft.get().form();
            Edited<Long, ReferenceForm> saved = editor.replace(references, id,
                    ImportRun.ifMatch(draft.get().tag().getValue()), new ReferenceForm(form.authors(), form.title(),
                            form.journal(), form.journalAbbreviation(), form.year(), form.month(), form.day(),
                            form.volume(), form.issue(), form.pages(), form.doi(), form.pmid(),
                            PublicationStatus.PUBLISHED), run.actor()).orElseThrow();
            ours.get().imported(saved.key().toString(), saved.tag().getValue(), "", Instant.now());
            return true;
        });
    }

    private static void left(ImportRun run, String origin, String entry, String note) {
        run.log().record(ImportLog.REFERENCES, new ImportReport.Item("reference", origin,
                ImportRun.shortened(entry, 200), ImportReport.Outcome.SKIPPED, null,
                List.of(note)));
    }

    private static ReferenceForm form(ParsedCitation citation, PublicationStatus status) {
        return new ReferenceForm(
                citation.authors().stream()
                        .map(author -> new ReferenceForm.AuthorForm(author.family(), author.initials())).toList(),
                citation.title(), citation.journal(), null, citation.year(), citation.month(), citation.day(),
                citation.volume(), citation.issue(), citation.pages(), citation.doi(), citation.pmid(), status);
    }
}
