package com.caringmedical.clinic.media;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;

import com.caringmedical.clinic.editing.Edited;
import com.caringmedical.clinic.web.http.HttpConfig;
import com.caringmedical.clinic.web.http.IfMatch;
import com.caringmedical.clinic.web.paging.PageParams;
import com.caringmedical.clinic.web.paging.PageView;

/**
 * The media library. Other features embed images through {@link #find}, {@link #findAll} and {@link #exists}, and
 * say what shows an image by implementing {@link MediaUsers}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MediaService {

    private static final Logger LOG = Logger.getLogger(MediaService.class);
    /** A variant's file name in its URL: {@code 640.webp}. */
    private static final Pattern FILE = Pattern.compile("([1-9][0-9]{0,4})\\.([a-z]{3,4})");

    private final MediaRepository media;
    private final MediaEditing editing;
    private final UploadProcessing processing;
    private final String base;

    MediaService(MediaRepository media, MediaEditing editing, UploadProcessing processing, HttpConfig http) {
        this.media = media;
        this.editing = editing;
        this.processing = processing;
        this.base = http.publicBaseUrl().map(url -> url.toString().replaceFirst("/+$", "")).orElse("");
    }

    /** An image as the public sees it, with its variants and srcsets. */
    public Optional<MediaView> find(long id) {
        return Optional.ofNullable(findAll(List.of(id)).get(id));
    }

    /**
     * The images with these ids that exist, keyed by id, in the order asked for: two statements however many (for
     * content that shows several). Ids with no image are left out.
     */
    public Map<Long, MediaView> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Long> distinct = ids.stream().distinct().toList();
        Map<Long, Media> found = media.findAllWithIds(distinct).stream()
                .collect(Collectors.toMap(Media::id, item -> item));
        if (found.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<VariantInfo>> variants = media.variantsOf(found.keySet()).stream().collect(Collectors.groupingBy(VariantInfo::mediaId));
        Map<Long, MediaView> views = new LinkedHashMap<>();
        for (Long id : distinct) {
            Media item = found.get(id);
            if (item != null) {
                views.put(id, MediaMapper.toView(item, variants.getOrDefault(id, List.of()), base));
            }
        }
        return views;
    }

    /** Whether an image with this id exists (for a feature checking an editor's choice before saving it). */
    public boolean exists(long id) {
        return media.count("id", id) > 0;
    }

    /** One variant's bytes by its file name in the URL ({@code 640.webp}); empty for any name that is not one. */
    Optional<VariantFile> variantFile(long id, String file) {
        Matcher name = FILE.matcher(file);
        if (!name.matches() || ImageType.ofExtension(name.group(2)).isEmpty()) {
            return Optional.empty();
        }
        return media.variantFile(id, Integer.parseInt(name.group(1)), name.group(2));
    }

    /** For editors: every image, newest first, with what shows it. */
    PageView<MediaEditorView> listForEditors(PageParams page) {
        var query = media.findAll(Sort.descending("uploadedAt", "id"));
        long first = page.offset();
        List<Media> items = first > Integer.MAX_VALUE - page.size() ? List.of()
                : query.range((int) first, (int) first + page.size() - 1).list();
        Map<Long, List<VariantInfo>> variants = items.isEmpty() ? Map.of()
                : media.variantsOf(items.stream().map(Media::id).toList()).stream()
                        .collect(Collectors.groupingBy(VariantInfo::mediaId));
        return PageView.of(items.stream().map(item -> MediaMapper.toEditorView(item,
                variants.getOrDefault(item.id(), List.of()), base, editing.usesOf(item.id()))).toList(),
                page, query.count());
    }

    /** The editor's view of what the shared editing flow found or saved, with the same version tag. */
    Optional<Edited<Long, MediaEditorView>> editorView(Optional<Edited<Long, MediaForm>> edited) {
        return edited.flatMap(item -> editorView(item.key()).map(view -> new Edited<>(item.key(), view, item.tag())));
    }

    private Optional<MediaEditorView> editorView(long id) {
        return media.findByIdOptional(id).map(item -> MediaMapper.toEditorView(item,
                media.variantsOf(List.of(id)), base, editing.usesOf(id)));
    }

    /**
     * Makes the variants of an uploaded file and stores them with the texts. Nothing of the file itself is kept,
     * and every variant is re-encoded from its pixels: no metadata (EXIF, GPS, XMP, IPTC, ICC, text) survives.
     * The processing holds no transaction; the variants are stored in one.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Edited<Long, MediaEditorView> upload(Path file, long size, MediaForm form, String editor) {
        MediaEditing.check(form);
        ProcessedUpload upload = processing.process(file, size);
        Edited<Long, MediaEditorView> stored = QuarkusTransaction.requiringNew().call(() -> store(upload, form, editor));
        LOG.infof("Editor '%s' uploaded the image %d (%s, %d x %d, %d variants)", editor, stored.key(),
                upload.type(), upload.width(), upload.height(), upload.variants().size());
        return stored;
    }

    private Edited<Long, MediaEditorView> store(ProcessedUpload upload, MediaForm form, String editor) {
        Media item = new Media(form, upload, editor, Instant.now());
        media.persist(item);
        for (EncodedVariant variant : upload.variants()) {
            media.persistVariant(new MediaVariant(item.id(), variant, strongTag(variant.bytes())));
        }
        media.flush();
        MediaEditorView view = MediaMapper.toEditorView(item, media.variantsOf(List.of(item.id())), base, List.of());
        return new Edited<>(item.id(), view, IfMatch.versionTag(item.version()));
    }

    /** A strong ETag of a variant's bytes (a URL-safe digest), stored with it so revalidation hashes nothing. */
    static String strongTag(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 18));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
