package com.caringmedical.clinic.article;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.caringmedical.clinic.author.Author;
import com.caringmedical.clinic.author.AuthoredArticle;
import com.caringmedical.clinic.author.AuthoredArticles;

/**
 * What an author's profile lists: the newest published articles they wrote and those they reviewed (the whole list
 * is GET /articles?author= or ?reviewer=).
 */
@ApplicationScoped
class ArticleAuthorWorks implements AuthoredArticles {

    private final ArticleRepository articles;

    ArticleAuthorWorks(ArticleRepository articles) {
        this.articles = articles;
    }

    @Override
    public List<AuthoredArticle> writtenBy(Author author) {
        return works(articles.findPublishedBy(author, false, AuthoredArticles.LIMIT));
    }

    @Override
    public List<AuthoredArticle> reviewedBy(Author author) {
        return works(articles.findPublishedBy(author, true, AuthoredArticles.LIMIT));
    }

    private static List<AuthoredArticle> works(List<Article> list) {
        return list.stream().map(a -> new AuthoredArticle(a.slug(), a.title(), a.publishedAt())).toList();
    }
}
