package com.caringmedical.clinic.media;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A stand-in for the features that will show library images (articles, treatments, offices, authors): a test says
 * which image is shown where, and the library must list it and refuse to delete it.
 */
@ApplicationScoped
public class ShownImages implements MediaUsers {

    private static final Map<Long, MediaUse> SHOWN = new ConcurrentHashMap<>();

    static void show(long mediaId, MediaUse where) {
        SHOWN.put(mediaId, where);
    }

    static void hide(long mediaId) {
        SHOWN.remove(mediaId);
    }

    @Override
    public List<MediaUse> usesOf(long mediaId) {
        MediaUse use = SHOWN.get(mediaId);
        return use == null ? List.of() : List.of(use);
    }
}
