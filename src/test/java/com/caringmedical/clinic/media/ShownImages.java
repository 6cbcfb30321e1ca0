package com.caringmedical.clinic.media;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A feature of the tests' own that shows library images where a test says, so the library's rules (list it, refuse
 * to delete it) are tested apart from the real features (MediaUsedByContentTest has those).
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
