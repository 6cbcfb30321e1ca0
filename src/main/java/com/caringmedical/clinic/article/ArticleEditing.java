package com.caringmedical.clinic.article;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import com.caringmedical.clinic.editing.PublicationStatus;
import com.caringmedical.clinic.editing.SluggedKind;
import com.caringmedical.clinic.reference.Reference;
import com.caringmedical.clinic.reference.ReferenceService;
import com.caringmedical.clinic.treatment.Treatment;
import com.caringmedical.clinic.treatment.TreatmentService;
import com.caringmedical.clinic.web.problem.InvalidFieldsException;
import com.caringmedical.clinic.web.problem.Problem;

/**
 * Articles as editors write them: sections, references in citation order, the treatment options they discuss.
 * A published article cites published references and names published treatments only.
 */
@Singleton
class ArticleEditing extends SluggedKind<Article, ArticleForm> {

    static final String AN_ITEM = "An article";

    private final ArticleRepository articles;
    private final ReferenceService references;
    private final TreatmentService treatments;

    ArticleEditing(ArticleRepository articles, ReferenceService references, TreatmentService treatments) {
        super(articles, "article");
        this.articles = articles;
        this.references = references;
        this.treatments = treatments;
    }

    @Override
    public ArticleForm formOf(Article article) {
        return ArticleForm.of(article);
    }

    @Override
    public Article create(ArticleForm form) {
        Cited cited = checked(form);
        articles.checkSlugFree(form.slug(), null, AN_ITEM);
        Article article = new Article(form, cited.references(), cited.treatments(), now());
        articles.persist(article);
        articles.replaceSections(article, sections(article, form));
        return article;
    }

    @Override
    public void replace(Article article, ArticleForm form) {
        Cited cited = checked(form);
        articles.checkSlugFree(form.slug(), article, AN_ITEM);
        article.apply(form, cited.references(), cited.treatments(), now());
        articles.replaceSections(article, sections(article, form));
    }

    @Override
    public void delete(Article article) {
        articles.replaceSections(article, List.of());
        articles.delete(article);
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

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
