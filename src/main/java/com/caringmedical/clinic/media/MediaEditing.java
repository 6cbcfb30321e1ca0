package com.caringmedical.clinic.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import com.caringmedical.clinic.editing.EditableKind;
import com.caringmedical.clinic.web.http.TextRules;
import com.caringmedical.clinic.web.problem.InvalidFieldsException;
import com.caringmedical.clinic.web.problem.Problem;

/**
 * Images as editors keep them through the shared editing flow: named by id; their texts change with If-Match; one
 * that content shows is not deleted. They are created by an upload ({@link MediaService#upload}), not from a form.
 */
@Singleton
class MediaEditing implements EditableKind<Long, Media, MediaForm> {

    static final String ALT_REQUIRED = "is required unless decorative is true";
    // The same limits as MediaForm's annotations: the upload's form fields are checked here, not by Bean Validation.
    static final int MAX_ALT = 500;
    static final int MAX_CAPTION = 2000;
    static final int MAX_CREDIT = 300;

    private final MediaRepository media;
    private final Instance<MediaUsers> users;

    MediaEditing(MediaRepository media, Instance<MediaUsers> users) {
        this.media = media;
        this.users = users;
    }

    @Override
    public String noun() {
        return "image";
    }

    @Override
    public String collection() {
        return "media";
    }

    @Override
    public Class<MediaForm> formType() {
        return MediaForm.class;
    }

    @Override
    public Optional<Media> findById(long id) {
        return find(id);
    }

    @Override
    public Optional<Long> parseKey(String text) {
        return EditableKind.parseId(text);
    }

    @Override
    public Optional<Media> find(Long id) {
        return media.findByIdOptional(id);
    }

    @Override
    public Optional<Media> findForUpdate(Long id) {
        return media.findByIdForUpdate(id);
    }

    @Override
    public Long keyOf(Media item) {
        return item.id();
    }

    @Override
    public MediaForm formOf(Media item) {
        return MediaMapper.toForm(item);
    }

    /** Not used: an image comes from an upload, which has pixels a form does not carry. */
    @Override
    public Media create(MediaForm form) {
        throw new UnsupportedOperationException("images are created by MediaService.upload");
    }

    @Override
    public void replace(Media item, MediaForm form) {
        check(form);
        item.apply(form);
    }

    @Override
    public void delete(Media item) {
        List<MediaUse> uses = usesOf(item.id());
        if (!uses.isEmpty()) {
            throw new MediaProblems.MediaInUse(uses);
        }
        media.delete(item);
    }

    /** What every feature says shows the image. */
    List<MediaUse> usesOf(long id) {
        List<MediaUse> uses = new ArrayList<>();
        users.forEach(user -> uses.addAll(user.usesOf(id)));
        return uses;
    }

    /**
     * Rules beyond the form's annotations: alt text unless decorative, lengths, and no NUL character (the upload's form
     * fields do not pass through the JSON reader or Bean Validation).
     */
    static void check(MediaForm form) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!Boolean.TRUE.equals(form.decorative()) && (form.alt() == null || form.alt().isBlank())) {
            errors.add(new Problem.FieldError("alt", ALT_REQUIRED));
        }
        text("alt", form.alt(), MAX_ALT, errors);
        text("caption", form.caption(), MAX_CAPTION, errors);
        text("credit", form.credit(), MAX_CREDIT, errors);
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }

    private static void text(String field, String text, int maxLength, List<Problem.FieldError> errors) {
        if (text == null) {
            return;
        }
        if (text.length() > maxLength) {
            errors.add(new Problem.FieldError(field, "size must be between 0 and " + maxLength));
        }
        try {
            TextRules.requireNoNul(text);
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(field, e.getMessage()));
        }
    }
}
