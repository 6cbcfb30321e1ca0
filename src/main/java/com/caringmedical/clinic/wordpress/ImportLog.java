package com.caringmedical.clinic.wordpress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The report of a running import as it grows: counts per kind and one line per item. It is handed to
 * {@code save} at most once a second while the import runs (so GET /imports/{id} shows progress), and once at the end.
 */
final class ImportLog {

    static final String ARTICLES = "articles";
    static final String MEDIA = "media";
    static final String AUTHORS = "authors";
    static final String REFERENCES = "references";
    static final String REDIRECTS = "redirects";

    private static final long SAVE_EVERY_MILLIS = 1000;

    private final Map<String, ImportReport.Counts> progress = new LinkedHashMap<>();
    private final List<ImportReport.Item> items = new ArrayList<>();
    private final BiConsumer<Map<String, ImportReport.Counts>, List<ImportReport.Item>> save;
    private long savedAt;
    private boolean repeating;

    ImportLog(BiConsumer<Map<String, ImportReport.Counts>, List<ImportReport.Item>> save) {
        this.save = save;
        for (String kind : List.of(ARTICLES, MEDIA, AUTHORS, REFERENCES, REDIRECTS)) {
            progress.put(kind, ImportReport.Counts.NONE);
        }
    }

    void total(String kind, int total) {
        progress.put(kind, progress.getOrDefault(kind, ImportReport.Counts.NONE).withTotal(total));
        saveNowAndThen();
    }

    /**
     * While true, items done again (the second save of posts that link ahead) are not recorded again: their images
     * and references were counted the first time.
     */
    void repeating(boolean again) {
        repeating = again;
    }

    /** Counts the item under its kind and adds its line; answers the line's position, for {@link #replace}. */
    int record(String kind, ImportReport.Item item) {
        if (repeating) {
            return -1;
        }
        if (item.outcome() != null) {
            progress.put(kind, progress.getOrDefault(kind, ImportReport.Counts.NONE).plus(item.outcome()));
        }
        items.add(item);
        saveNowAndThen();
        return items.size() - 1;
    }

    /** A line said again (a post saved a second time, once the posts it links to were there); not counted again. */
    void replace(int position, ImportReport.Item item) {
        items.set(position, item);
        saveNowAndThen();
    }

    ImportReport.Item item(int position) {
        return items.get(position);
    }

    /** A note about the whole site rather than one item. */
    void siteNote(String site, String note) {
        items.add(new ImportReport.Item("site", site, null, null, null, List.of(note)));
    }

    void flush() {
        save.accept(new LinkedHashMap<>(progress), List.copyOf(items));
        savedAt = System.currentTimeMillis();
    }

    Map<String, ImportReport.Counts> progress() {
        return progress;
    }

    List<ImportReport.Item> items() {
        return items;
    }

    private void saveNowAndThen() {
        if (System.currentTimeMillis() - savedAt >= SAVE_EVERY_MILLIS) {
            flush();
        }
    }
}
