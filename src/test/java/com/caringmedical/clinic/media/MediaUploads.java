package com.caringmedical.clinic.media;

import static com.caringmedical.clinic.testing.StaffSignIn.as;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Uploads as an editor's browser sends them: multipart/form-data with the file and the texts. */
public final class MediaUploads {

    private MediaUploads() {
    }

    /** A JPEG photo named photo.jpg with alt text, as the editor. */
    static ValidatableResponse upload(byte[] file) {
        return upload(file, "photo.jpg", "image/jpeg", Map.of("alt", "A physical therapist at work"));
    }

    static ValidatableResponse upload(byte[] file, String fileName, String partType, Map<String, String> fields) {
        return upload(as("editor"), file, fileName, partType, fields);
    }

    static ValidatableResponse upload(RequestSpecification request, byte[] file, String fileName, String partType,
            Map<String, String> fields) {
        RequestSpecification form = request.multiPart("file", fileName, file, partType);
        fields.forEach((name, value) -> form.multiPart(new MultiPartSpecBuilder(value).controlName(name)
                .mimeType("text/plain").charset(StandardCharsets.UTF_8).build()));
        return form.post("/editor/media").then();
    }

    /** Uploads a photo and answers its id. */
    public static long uploaded(byte[] file) {
        return upload(file).statusCode(201).extract().jsonPath().getLong("id");
    }
}
