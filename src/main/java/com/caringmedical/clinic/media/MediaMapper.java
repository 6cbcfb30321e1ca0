package com.caringmedical.clinic.media;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Entities to the API's records; variant URLs start with the public base URL when one is configured. */
final class MediaMapper {

    private MediaMapper() {
    }

    /** The stable URL of one variant: {@code /media/42/640.webp}. */
    static String url(String base, long mediaId, int width, String extension) {
        return base + "/media/" + mediaId + "/" + width + "." + extension;
    }

    static MediaView toView(Media media, List<VariantInfo> variants, String base) {
        List<VariantView> files = files(media, variants, base);
        return new MediaView(media.id(), media.decorative() ? "" : media.alt(), media.caption(), media.credit(),
                media.decorative(), media.width(), media.height(), src(media, files), sources(files), files);
    }

    static MediaEditorView toEditorView(Media media, List<VariantInfo> variants, String base, List<MediaUse> usedBy) {
        List<VariantView> files = files(media, variants, base);
        return new MediaEditorView(media.id(), media.alt(), media.caption(), media.credit(), media.decorative(),
                media.width(), media.height(), media.originalType(), src(media, files), sources(files), files,
                media.uploadedAt(), media.uploadedBy(), usedBy);
    }

    static MediaForm toForm(Media media) {
        return new MediaForm(media.alt(), media.caption(), media.credit(), media.decorative());
    }

    private static List<VariantView> files(Media media, List<VariantInfo> variants, String base) {
        return variants.stream()
                .sorted(Comparator.comparingInt(VariantInfo::width).thenComparing(VariantInfo::extension))
                .map(v -> new VariantView(v.width(), v.height(), v.contentType(),
                        url(base, media.id(), v.width(), v.extension()), v.byteCount()))
                .toList();
    }

    /** One srcset per format, WebP first (browsers take the first {@code <source>} they support). */
    private static List<SourceView> sources(List<VariantView> files) {
        Map<String, List<VariantView>> byType = files.stream().collect(Collectors.groupingBy(VariantView::type,
                LinkedHashMap::new, Collectors.toList()));
        List<SourceView> sources = new ArrayList<>();
        byType.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<VariantView>> e) ->
                        !e.getKey().equals(ImageType.WEBP.contentType())).thenComparing(Map.Entry::getKey))
                .forEach(e -> sources.add(new SourceView(e.getKey(), e.getValue().stream()
                        .map(v -> v.url() + " " + v.width() + "w").collect(Collectors.joining(", ")))));
        return sources;
    }

    /** The widest variant in a format every browser shows: the original's own, or its fallback for a WebP upload. */
    private static String src(Media media, List<VariantView> files) {
        String fallback = files.stream().map(VariantView::type).filter(type -> !type.equals(ImageType.WEBP.contentType()))
                .findFirst().orElse(ImageType.WEBP.contentType());
        return files.stream().filter(v -> v.type().equals(fallback)).map(VariantView::url)
                .reduce((narrower, wider) -> wider).orElse(null);
    }
}
