package com.caringmedical.clinic.author;

import java.util.List;

/**
 * The articles an author wrote or reviewed, as the article feature knows them: it implements this, so authors
 * read no article table and the dependency stays one way (articles name authors).
 */
public interface AuthoredArticles {

    /** How many of each a profile lists; GET /articles?author= and ?reviewer= page through all of them. */
    int LIMIT = 20;

    /** The newest published articles the author wrote, at most {@link #LIMIT}. */
    List<AuthoredArticle> writtenBy(Author author);

    /** The newest published articles the author medically reviewed, at most {@link #LIMIT}. */
    List<AuthoredArticle> reviewedBy(Author author);
}
