package com.caringmedical.clinic.wordpress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import com.caringmedical.clinic.editing.Edited;
import com.caringmedical.clinic.media.MediaEditorView;
import com.caringmedical.clinic.media.MediaForm;
import com.caringmedical.clinic.media.MediaService;
import com.caringmedical.clinic.web.outbound.OutboundHttp;
import com.caringmedical.clinic.web.problem.ProblemException;

/**
 * The images posts show, downloaded into the media library once: an image WordPress knows as an attachment is
 * downloaded in full size from its own address with its alt text and caption; an image that is only an address is
 * downloaded from there. The next import finds it by its origin and downloads nothing.
 */
@ApplicationScoped
class ImportedMedia {

    private static final Logger LOG = Logger.getLogger(ImportedMedia.class);

    private final MediaService media;
    private final SiteClient client;
    private final ImportConfig config;
    private final ImportOriginRepository origins;

    ImportedMedia(MediaService media, SiteClient client, ImportConfig config, ImportOriginRepository origins) {
        this.media = media;
        this.client = client;
        this.config = config;
        this.origins = origins;
    }

    /** The media item of an image a post shows; empty when it could not be had (the report says why). */
    Optional<Long> image(ImportRun run, PostLinks.PostImage image) {
        WordPressExport.Attachment attachment = image.attachmentId() == null ? null
                : run.site().attachments().get(image.attachmentId());
        ImportOrigin.OriginKind kind = attachment != null ? ImportOrigin.OriginKind.ATTACHMENT
                : ImportOrigin.OriginKind.IMAGE_URL;
        String address = attachment != null ? attachment.url() : absolute(run, image.src());
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String key = attachment != null ? String.valueOf(attachment.id()) : address;
        return run.images().computeIfAbsent(kind + " " + key, ignored -> fetch(run, kind, key, address,
                attachment != null ? attachment : new WordPressExport.Attachment(0, address, "", image.alt(), "")));
    }

    private Optional<Long> fetch(ImportRun run, ImportOrigin.OriginKind kind, String key, String address,
            WordPressExport.Attachment attachment) {
        String title = ImportRun.firstNonBlank(run.text(attachment.title()), address.replaceFirst("^.*/", ""));
        Optional<Long> earlier = QuarkusTransaction.requiringNew().call(() -> origins.find(run.siteKey(), kind, key)
                .map(origin -> Long.valueOf(origin.localKey())));
        if (earlier.isPresent()) {
            long id = earlier.get();
            if (QuarkusTransaction.requiringNew().call(() -> media.exists(id))) {
                record(run, key, title, ImportReport.Outcome.UNCHANGED, id, List.of());
                return Optional.of(id);
            }
            record(run, key, title, ImportReport.Outcome.SKIPPED, null,
                    List.of("deleted here since the last import: not downloaded again, and left out of the posts"));
            return Optional.empty();
        }
        String alt = run.text(attachment.alt());
        String caption = run.text(attachment.caption());
        List<String> notes = new ArrayList<>();
        if (alt.isEmpty()) {
            notes.add("WordPress has no alt text for it: it is marked decorative until an editor describes it");
        }
        Path file = null;
        try {
            OutboundHttp.Answer answer = client.get(URI.create(address), config.maxMediaSize().asLongValue(), "image/*");
            if (answer.status() != 200) {
                throw new SiteClient.SiteUnreadable(address + " answered " + answer.status());
            }
            file = Files.createTempFile("wordpress-image-", ".upload");
            Files.write(file, answer.body());
            MediaForm form = new MediaForm(alt.isEmpty() ? null : ImportRun.shortened(alt, 500),
                    caption.isEmpty() ? null : ImportRun.shortened(caption, 1000), null, alt.isEmpty() ? Boolean.TRUE : null);
            Edited<Long, MediaEditorView> stored = media.upload(file, answer.body().length, form, run.actor());
            QuarkusTransaction.requiringNew().run(() -> origins.made(run.siteKey(), kind, key,
                    ImportOrigin.LocalKind.MEDIA, String.valueOf(stored.key()), stored.tag().getValue(), address));
            record(run, key, title, ImportReport.Outcome.CREATED, stored.key(), notes);
            return Optional.of(stored.key());
        } catch (SiteClient.SiteUnreadable e) {
            notes.add(0, "not imported: " + e.getMessage());
            record(run, key, title, ImportReport.Outcome.FAILED, null, notes);
            return Optional.empty();
        } catch (ProblemException e) {
            notes.add(0, "not imported: " + ImportReport.describe(e));
            record(run, key, title, ImportReport.Outcome.FAILED, null, notes);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            record(run, key, title, ImportReport.Outcome.FAILED, null, List.of("not an address: " + address));
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a downloaded image to a temporary file failed", e);
        } finally {
            delete(file);
        }
    }

    private static void record(ImportRun run, String key, String title, ImportReport.Outcome outcome, Long id,
            List<String> notes) {
        run.log().record(ImportLog.MEDIA, new ImportReport.Item("media", key, title, outcome,
                id == null ? null : "/media/" + id, notes.isEmpty() ? null : List.copyOf(notes)));
    }

    private static String absolute(ImportRun run, String src) {
        if (src == null || src.isBlank() || src.startsWith("data:")) {
            return null;
        }
        try {
            return URI.create(run.siteKey() + "/").resolve(src.strip()).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }


    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warnf("Could not delete the temporary file %s: %s", file, e.getMessage());
            }
        }
    }
}
