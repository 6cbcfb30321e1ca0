package com.caringmedical.clinic.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import com.caringmedical.clinic.author.Author;
import com.caringmedical.clinic.author.AuthorService;
import com.caringmedical.clinic.body.BodyFormat;
import com.caringmedical.clinic.body.BodyRules;
import com.caringmedical.clinic.body.Mark;
import com.caringmedical.clinic.editing.PublicationStatus;
import com.caringmedical.clinic.editing.SluggedKind;
import com.caringmedical.clinic.location.LocationService;
import com.caringmedical.clinic.media.MediaService;
import com.caringmedical.clinic.reference.Reference;
import com.caringmedical.clinic.reference.ReferenceService;
import com.caringmedical.clinic.treatment.Treatment;
import com.caringmedical.clinic.treatment.TreatmentService;
import com.caringmedical.clinic.web.problem.InvalidFieldsException;
import com.caringmedical.clinic.web.problem.Problem;
import com.caringmedical.clinic.web.problem.ProblemException;
import com.caringmedical.clinic.web.problem.ProblemType;

/**
 * Articles as editors write them: a body of blocks, references in citation order, the treatment options they discuss.
 * A published article names a published author, cites published references and names published treatments only.
 */
@Singleton
public class ArticleEditing extends SluggedKind<Article, ArticleForm> {

    static final String AN_ITEM = "An article";

    private final ArticleRepository articles;
    private final ReferenceService references;
    private final TreatmentService treatments;
    private final LocationService offices;
    private final AuthorService authors;
    private final ArticlesConfig config;
    private final MediaService media;
    private final ArticleService views;

    ArticleEditing(ArticleRepository articles, ReferenceService references, TreatmentService treatments,
            LocationService offices, AuthorService authors, ArticlesConfig config, MediaService media,
            ArticleService views) {
        super(articles, "article", "articles", ArticleForm.class);
        this.articles = articles;
        this.references = references;
        this.treatments = treatments;
        this.offices = offices;
        this.authors = authors;
        this.config = config;
        this.media = media;
        this.views = views;
    }

    @Override
    public Optional<Object> previewOf(Article article, BodyFormat format) {
        return Optional.of(views.view(article, format));
    }

    @Override
    public ArticleForm formOf(Article article) {
        return ArticleForm.of(article);
    }

    @Override
    public Article create(ArticleForm form) {
        Cited cited = checked(form);
        articles.checkSlugFree(form.slug(), null, AN_ITEM);
        Article article = new Article(form, cited.author(), cited.references(), cited.treatments(), now());
        articles.persist(article);
        return article;
    }

    @Override
    public void replace(Article article, ArticleForm form) {
        Cited cited = checked(form);
        articles.checkSlugFree(form.slug(), article, AN_ITEM);
        if (form.status() != PublicationStatus.PUBLISHED && article.status() == PublicationStatus.PUBLISHED) {
            long linking = articles.countLinking(Mark.LinkedKind.ARTICLE, article.slug(), true, article);
            if (linking > 0) {
                throw new LinkedFromArticles(linking, "unpublished");
            }
        }
        article.apply(form, cited.author(), cited.references(), cited.treatments(), now());
    }

    @Override
    public void delete(Article article) {
        long linking = articles.countLinking(Mark.LinkedKind.ARTICLE, article.slug(), false, article);
        if (linking > 0) {
            throw new LinkedFromArticles(linking, "deleted");
        }
        articles.delete(article);
    }

    static final class LinkedFromArticles extends ProblemException {
        LinkedFromArticles(long articles, String what) {
            super(ProblemType.CONFLICT, articles + " other article(s) link to this one, so it cannot be " + what
                    + " while they do.");
        }
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
        Optional<Author> author = authors.findEntity(form.author(), published);
        if (author.isEmpty()) {
            errors.add(new Problem.FieldError("author", (published ? "no published author" : "no author")
                    + " has the slug '" + form.author() + "'"));
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
        if (form.featuredImage() != null && !media.exists(form.featuredImage())) {
            errors.add(new Problem.FieldError("featuredImage", "no media item has the id " + form.featuredImage()));
        }
        errors.addAll(BodyRules.check("body", form.body(),
                new ArticleBodyReferents(form, articles, treatments, offices, media)));
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        return new Cited(author.orElseThrow(), cited, discussed);
    }

    private record Cited(Author author, List<Reference> references, List<Treatment> treatments) {
    }

    /**
     * Records a medical review of the article as it is now: the reviewer (a published author with credentials,
     * not the article's author), the moment, and when the next review is due (the given date, or a review interval
     * from today). The content and its publication do not change; the version does, so the ETag moves on.
     */
    void recordReview(Article article, ReviewForm review) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Optional<Author> reviewer = authors.findEntity(review.reviewer(), true);
        if (reviewer.isEmpty()) {
            errors.add(new Problem.FieldError("reviewer", "no published author has the slug '" + review.reviewer() + "'"));
        } else if (reviewer.get().credentials() == null) {
            errors.add(new Problem.FieldError("reviewer", "a medical reviewer needs credentials on their profile"));
        } else if (reviewer.get().slug().equals(article.author().slug())) {
            errors.add(new Problem.FieldError("reviewer", "is the article's author: a review needs a second person"));
        }
        Instant now = now();
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        if (review.nextReviewDue() != null && !review.nextReviewDue().isAfter(today)) {
            errors.add(new Problem.FieldError("nextReviewDue", "must be after today"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        article.reviewed(reviewer.get(), now,
                review.nextReviewDue() != null ? review.nextReviewDue() : today.plus(config.reviewInterval()));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
