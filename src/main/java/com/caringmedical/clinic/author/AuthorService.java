package com.caringmedical.clinic.author;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import com.caringmedical.clinic.media.MediaService;
import com.caringmedical.clinic.web.paging.PageParams;
import com.caringmedical.clinic.web.paging.PageView;
import com.caringmedical.clinic.web.paging.SortOrder;

/** Authors and medical reviewers: published profiles for everyone, drafts too for editors. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuthorService {

    static final Map<String, String> SORT_FIELDS = SortOrder.fields("name", "name", "slug", "slug");
    static final String DEFAULT_SORT = "name";

    private final AuthorRepository authors;
    private final Instance<AuthoredArticles> articles;
    private final MediaService media;

    AuthorService(AuthorRepository authors, Instance<AuthoredArticles> articles, MediaService media) {
        this.authors = authors;
        this.articles = articles;
        this.media = media;
    }

    public PageView<AuthorSummaryView> list(Instant updatedSince, PageParams page, String sort) {
        return PageView.fetch(authors.findPublished(updatedSince, SortOrder.parse(sort, SORT_FIELDS, DEFAULT_SORT)), page,
                AuthorSummaryView::of);
    }

    /** A published profile with the published articles the author wrote and reviewed. */
    public Optional<AuthorView> find(String slug) {
        return authors.findPublishedBySlug(slug).map(this::view);
    }

    /** The profile as the public sees it once published, whatever its status (a preview of a draft). */
    AuthorView view(Author author) {
        return new AuthorView(author.slug(), author.name(), author.credentials(), author.role(), author.bio(),
                author.profileUrl(), author.orcid() == null ? null : Orcid.url(author.orcid()),
                author.photo() == null ? null : media.find(author.photo()).orElse(null),
                works(a -> a.writtenBy(author)), works(a -> a.reviewedBy(author)), author.updatedAt());
    }

    /** An author for content that names one: published ones only, or drafts too. */
    public Optional<Author> findEntity(String slug, boolean publishedOnly) {
        return publishedOnly ? authors.findPublishedBySlug(slug) : authors.findBySlug(slug);
    }

    public PageView<AuthorForm> listForEditors(PageParams page, String sort) {
        return PageView.fetch(authors.findAll(SortOrder.parse(sort, SORT_FIELDS, DEFAULT_SORT)), page, AuthorForm::of);
    }

    private List<AuthoredArticle> works(Function<AuthoredArticles, List<AuthoredArticle>> of) {
        return articles.stream().flatMap(source -> of.apply(source).stream()).toList();
    }
}
