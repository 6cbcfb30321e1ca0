package com.caringmedical.clinic.author;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.caringmedical.clinic.media.MediaUse;
import com.caringmedical.clinic.media.MediaUsers;

/** An author's profile shows their photo; the library keeps it while it does. */
@ApplicationScoped
class AuthorMediaUsers implements MediaUsers {

    private final AuthorRepository authors;

    AuthorMediaUsers(AuthorRepository authors) {
        this.authors = authors;
    }

    @Override
    public List<MediaUse> usesOf(long mediaId) {
        return authors.slugsShowing(mediaId).stream().map(slug -> new MediaUse("author", slug)).toList();
    }
}
