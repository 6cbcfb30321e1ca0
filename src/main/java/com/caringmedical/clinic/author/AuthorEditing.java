package com.caringmedical.clinic.author;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import com.caringmedical.clinic.body.BodyFormat;
import com.caringmedical.clinic.body.BodyRules;
import com.caringmedical.clinic.editing.PublicationStatus;
import com.caringmedical.clinic.editing.Referrers;
import com.caringmedical.clinic.editing.SluggedKind;
import com.caringmedical.clinic.media.MediaService;
import com.caringmedical.clinic.web.problem.InvalidFieldsException;
import com.caringmedical.clinic.web.problem.Problem;
import com.caringmedical.clinic.web.problem.ProblemException;
import com.caringmedical.clinic.web.problem.ProblemType;

/** Author profiles as editors keep them. An author articles name stays published, and stays, while they do. */
@Singleton
public class AuthorEditing extends SluggedKind<Author, AuthorForm> {

    static final String AN_ITEM = "An author";

    static final class NamedByArticles extends ProblemException {
        NamedByArticles(long articles, String what) {
            super(ProblemType.CONFLICT, articles + " article(s) name this author as writer or medical reviewer, so "
                    + "the profile cannot be " + what + " while they do.");
        }
    }

    private final AuthorRepository authors;
    private final Instance<Referrers<Author>> referrers;
    private final MediaService media;
    private final AuthorService views;

    AuthorEditing(AuthorRepository authors, Instance<Referrers<Author>> referrers, MediaService media,
            AuthorService views) {
        super(authors, "author", "authors", AuthorForm.class);
        this.authors = authors;
        this.referrers = referrers;
        this.media = media;
        this.views = views;
    }

    @Override
    public Optional<Object> previewOf(Author author, BodyFormat format) {
        return Optional.of(views.view(author));
    }

    @Override
    public AuthorForm formOf(Author author) {
        return AuthorForm.of(author);
    }

    @Override
    public Author create(AuthorForm form) {
        check(form);
        authors.checkSlugFree(form.slug(), null, AN_ITEM);
        Author author = new Author(form);
        authors.persist(author);
        return author;
    }

    @Override
    public void replace(Author author, AuthorForm form) {
        check(form);
        authors.checkSlugFree(form.slug(), author, AN_ITEM);
        if (form.status() != PublicationStatus.PUBLISHED && author.isPublished()) {
            long naming = naming(author, true);
            if (naming > 0) {
                throw new NamedByArticles(naming, "unpublished");
            }
        }
        author.apply(form);
    }

    @Override
    public void delete(Author author) {
        long naming = naming(author, false);
        if (naming > 0) {
            throw new NamedByArticles(naming, "deleted");
        }
        authors.delete(author);
    }

    private long naming(Author author, boolean publishedOnly) {
        return referrers.stream().mapToLong(referrer -> referrer.countReferring(author, publishedOnly)).sum();
    }

    /**
     * Rules Bean Validation cannot express: a profile page on the web, an ORCID iD whose check digit fits, a photo
     * that is in the library.
     */
    private void check(AuthorForm form) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (form.profileUrl() != null && !form.profileUrl().isBlank() && !isWebAddress(form.profileUrl().strip())) {
            errors.add(new Problem.FieldError("profileUrl", "must be an http or https address"));
        }
        if (form.orcid() != null && form.orcid().matches("[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]")
                && !Orcid.checksumHolds(form.orcid())) {
            errors.add(new Problem.FieldError("orcid", "has a check digit that does not fit: is a digit mistyped?"));
        }
        if (form.photo() != null && !media.exists(form.photo())) {
            errors.add(new Problem.FieldError("photo", "no media item has the id " + form.photo()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }

    /** A complete http or https address, as a link in a body must be (BodyRules says what complete means). */
    private static boolean isWebAddress(String url) {
        return url.matches("(?i)^https?:.*") && BodyRules.refuseHref(url).isEmpty();
    }
}
