package com.caringmedical.clinic.article;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;

import org.jboss.logging.Logger;

import com.caringmedical.clinic.reference.CitationStyle;
import com.caringmedical.clinic.reference.Reference;
import com.caringmedical.clinic.reference.ReferenceExports;
import com.caringmedical.clinic.reference.ReferenceFormat;
import com.caringmedical.clinic.reference.ReferenceService;
import com.caringmedical.clinic.treatment.Treatment;
import com.caringmedical.clinic.treatment.TreatmentService;
import com.caringmedical.clinic.web.IfMatch;
import com.caringmedical.clinic.web.InvalidFieldsException;
import com.caringmedical.clinic.web.PageParams;
import com.caringmedical.clinic.web.PageView;
import com.caringmedical.clinic.web.Problem;
import com.caringmedical.clinic.web.ProblemException;
import com.caringmedical.clinic.web.ProblemType;
import com.caringmedical.clinic.web.PublicationStatus;
import com.caringmedical.clinic.web.SortOrder;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleService {

    static final Map<String, String> SORT_FIELDS = SortOrder.fields(
            "publishedAt", "publishedAt", "updatedAt", "updatedAt", "title", "title", "slug", "slug");
    static final String DEFAULT_SORT = "-publishedAt";

    /** An article as an editor sees it, with the tag of its current version. */
    public record Edited(ArticleForm article, EntityTag tag) {
    }

    static final class SlugTaken extends ProblemException {
        SlugTaken(String slug) {
            super(ProblemType.ALREADY_EXISTS, "An article with the slug '" + slug + "' exists already.");
        }
    }

    private static final Logger LOG = Logger.getLogger(ArticleService.class);

    private final ArticleRepository articles;
    private final ReferenceService references;
    private final TreatmentService treatments;

    ArticleService(ArticleRepository articles, ReferenceService references, TreatmentService treatments) {
        this.articles = articles;
        this.references = references;
        this.treatments = treatments;
    }

    public PageView<ArticleSummaryView> list(String topic, String treatment, PageParams page, String sort) {
        return list(topic, treatment, null, page, sort);
    }

    /** The published articles that discuss a published treatment option; empty when there is no such option. */
    public Optional<PageView<ArticleSummaryView>> listDiscussing(String treatmentSlug, PageParams page, String sort) {
        return treatments.findEntity(treatmentSlug, true).map(t -> list(null, treatmentSlug, null, page, sort));
    }

    /** The published articles that cite a published reference; empty when there is no such reference. */
    public Optional<PageView<ArticleSummaryView>> listCiting(long referenceId, PageParams page, String sort) {
        return references.findEntity(referenceId).filter(Reference::isPublished)
                .map(r -> list(null, null, referenceId, page, sort));
    }

    private PageView<ArticleSummaryView> list(String topic, String treatment, Long reference, PageParams page,
            String sort) {
        return PageView.fetch(articles
                .findFiltered(topic, treatment, reference, SortOrder.parse(sort, SORT_FIELDS, DEFAULT_SORT)),
                page, ArticleMapper::toSummary);
    }

    /**
     * The whole article. Loading it takes a fixed number of statements however long it is: the article, its
     * sections, its references, their authors (batched) and its treatments.
     */
    public Optional<ArticleView> find(String slug) {
        return articles.findPublishedBySlug(slug).map(ArticleMapper::toView);
    }

    /** The references a published article cites, numbered in citation order, with citations in the given style. */
    public Optional<CitedReferencesView> findReferences(String slug, CitationStyle style) {
        return articles.findPublishedBySlug(slug).map(article -> ArticleMapper.toCitedReferences(article, style));
    }

    /** The references a published article cites, in citation order, in a reference manager's format. */
    public Optional<String> exportReferences(String slug, ReferenceFormat format) {
        return articles.findPublishedBySlug(slug).map(article -> ReferenceExports.write(format, article.references()));
    }

    /** For editors: every article, drafts included. */
    public PageView<ArticleForm> listForEditors(PageParams page, String sort) {
        return PageView.fetch(articles.findAll(SortOrder.parse(sort, SORT_FIELDS, DEFAULT_SORT)), page,
                ArticleForm::of);
    }

    public Optional<Edited> findForEditors(String slug) {
        return articles.findBySlug(slug).map(ArticleService::edited);
    }

    @Transactional
    public Edited create(ArticleForm form, String editor) {
        Cited cited = checked(form);
        if (articles.findBySlug(form.slug()).isPresent()) {
            throw new SlugTaken(form.slug());
        }
        Article article = new Article(form, cited.references(), cited.treatments(), now());
        articles.persist(article);
        articles.replaceSections(article, sections(article, form));
        articles.flush();
        LOG.infof("Editor '%s' created the article '%s' (%s)", editor, article.slug(), article.status());
        return edited(article);
    }

    /** Replaces an article if {@code ifMatch} names its current version; empty when there is no such article. */
    @Transactional
    public Optional<Edited> replace(String slug, String ifMatch, ArticleForm form, String editor) {
        return articles.findBySlugForUpdate(slug).map(article -> {
            IfMatch.check(ifMatch, tagOf(article));
            Cited cited = checked(form);
            if (!form.slug().equals(slug) && articles.slugTakenByAnother(form.slug(), article)) {
                throw new SlugTaken(form.slug());
            }
            article.apply(form, cited.references(), cited.treatments(), now());
            articles.replaceSections(article, sections(article, form));
            articles.flush();
            LOG.infof("Editor '%s' changed the article '%s' (%s)", editor, article.slug(), article.status());
            return edited(article);
        });
    }

    /** Deletes an article; false when there is no such article. */
    @Transactional
    public boolean delete(String slug, String ifMatch, String editor) {
        return articles.findBySlugForUpdate(slug).map(article -> {
            IfMatch.check(ifMatch, tagOf(article));
            articles.replaceSections(article, List.of());
            articles.delete(article);
            LOG.infof("Editor '%s' deleted the article '%s'", editor, slug);
            return true;
        }).orElse(false);
    }

    /**
     * Every cited reference must exist, and every treatment too; a published article may cite published references
     * and name published treatments only, so the public never meets a draft through it.
     */
    private Cited checked(ArticleForm form) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Reference> cited = new ArrayList<>();
        boolean published = form.status() == PublicationStatus.PUBLISHED;
        for (int i = 0; i < form.references().size(); i++) {
            long id = form.references().get(i);
            Optional<Reference> reference = references.findEntity(id);
            if (reference.isPresent() && published && !reference.get().isPublished()) {
                errors.add(new Problem.FieldError("references[" + i + "]", "reference " + id + " is a draft"));
            } else if (reference.isPresent()) {
                cited.add(reference.get());
            } else {
                errors.add(new Problem.FieldError("references[" + i + "]", "no reference has the id " + id));
            }
            if (form.references().indexOf(id) != i) {
                errors.add(new Problem.FieldError("references[" + i + "]", "cites reference " + id + " a second time"));
            }
        }
        List<Treatment> discussed = new ArrayList<>();
        for (int i = 0; i < form.treatments().size(); i++) {
            String slug = form.treatments().get(i);
            Optional<Treatment> treatment = treatments.findEntity(slug, published);
            if (treatment.isPresent()) {
                discussed.add(treatment.get());
            } else {
                errors.add(new Problem.FieldError("treatments[" + i + "]", published
                        ? "no published treatment has the slug '" + slug + "'"
                        : "no treatment has the slug '" + slug + "'"));
            }
            if (form.treatments().indexOf(slug) != i) {
                errors.add(new Problem.FieldError("treatments[" + i + "]", "names '" + slug + "' a second time"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        return new Cited(cited, discussed);
    }

    private record Cited(List<Reference> references, List<Treatment> treatments) {
    }

    private static List<ArticleSection> sections(Article article, ArticleForm form) {
        List<ArticleSection> sections = new ArrayList<>();
        for (int i = 0; i < form.sections().size(); i++) {
            ArticleForm.SectionForm section = form.sections().get(i);
            sections.add(new ArticleSection(article, i, section.heading().strip(),
                    new ArrayList<>(section.paragraphs().stream().map(String::strip).toList())));
        }
        return sections;
    }

    private static Edited edited(Article article) {
        return new Edited(ArticleForm.of(article), tagOf(article));
    }

    private static EntityTag tagOf(Article article) {
        return IfMatch.versionTag(article.version());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
