package com.caringmedical.clinic.media;

import java.util.List;

import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.caringmedical.clinic.web.problem.InvalidFieldsException;
import com.caringmedical.clinic.web.problem.Problem;

/** The upload's multipart form: the file, and the texts of {@link MediaForm}. */
@Schema(name = "MediaUpload", description = "An image file and its texts. alt is required unless decorative is true.")
public class UploadForm {

    @RestForm("file")
    @Schema(type = SchemaType.STRING, format = "binary", required = true, description = "A JPEG, PNG or WebP image "
            + "(the type is read from its content), at most 20 MB and 40 megapixels by default.")
    public FileUpload file;

    @RestForm("alt")
    @PartType(MediaType.TEXT_PLAIN)
    @Schema(description = "What the image shows. Required unless decorative.",
            examples = "Physical therapist guiding a patient through a lumbar stretch")
    public String alt;

    @RestForm("caption")
    @PartType(MediaType.TEXT_PLAIN)
    @Schema(examples = "Stretches like this one ease most low back pain within weeks.")
    public String caption;

    @RestForm("credit")
    @PartType(MediaType.TEXT_PLAIN)
    @Schema(examples = "Photo: Clinic staff")
    public String credit;

    @RestForm("decorative")
    @PartType(MediaType.TEXT_PLAIN)
    @Schema(type = SchemaType.BOOLEAN, description = "true for a purely decorative image (no alt needed).",
            examples = "false")
    public String decorative;

    /** The texts, as the editing rules check them; decorative must be true or false when given. */
    MediaForm texts() {
        Boolean isDecorative = null;
        if (decorative != null && !decorative.isBlank()) {
            String value = decorative.strip();
            if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                throw new InvalidFieldsException(List.of(new Problem.FieldError("decorative", "must be true or false")));
            }
            isDecorative = Boolean.valueOf(value);
        }
        return new MediaForm(alt, caption, credit, isDecorative);
    }
}
