package com.caringmedical.clinic.question.submission;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonAnySetter;

import com.caringmedical.clinic.question.Patient;

/**
 * What a patient sends from the question form. Every text is trimmed and normalised on the way in (see
 * {@link FormText}), before validation. Fields the form does not have are collected in {@link #otherFields()}
 * so the service can refuse them by name, except the configured honeypot field.
 */
@Schema(name = "QuestionForm", description = "A patient's question. Send the fields of the clinic's question form; "
        + "unknown fields are refused.")
public record QuestionForm(
        @Schema(description = "The patient's given name.", examples = "Maria")
        @NotBlank @Size(max = 100) @Pattern(regexp = FormText.NAME, message = FormText.NAME_MESSAGE)
        String firstName,

        @Schema(description = "The patient's family name; optional, as some people have only one name.",
                examples = "Lopez")
        @Size(max = 100) @Pattern(regexp = FormText.NAME, message = FormText.NAME_MESSAGE)
        String lastName,

        @Schema(description = "Where the clinic can answer.", examples = "maria.lopez@example.com")
        @NotBlank @Size(max = 254) @Email(regexp = FormText.EMAIL, message = "must be a valid email address")
        String email,

        @Schema(description = "Optional phone number, digits with an optional leading + and separators.",
                examples = "+1 708 555 0134")
        @Size(max = 30) @Pattern(regexp = FormText.PHONE, message = "must be a phone number: digits, spaces, + ( ) . -")
        String phone,

        @Schema(description = "The question, 10 to 4000 characters.",
                examples = "Could prolotherapy help with pain in my lower back after a fall last year?")
        @NotBlank @Size(min = 10, max = 4000)
        String question,

        @Schema(description = "Slug of the office the patient wants to hear from; it must exist. The clinic's "
                + "staff at that office are notified.", examples = "oak-park")
        @Size(max = 100) @Pattern(regexp = FormText.SLUG, message = "must be a slug such as oak-park")
        String location,

        @Schema(description = "Slug of the article the patient was reading when asking.",
                examples = "are-back-surgeries-effective")
        @Size(max = 200) @Pattern(regexp = FormText.SLUG, message = "must be a slug such as oak-park")
        String sourceArticle,

        @Schema(description = "The solved ALTCHA challenge, base64 JSON, as the ALTCHA widget puts it in the form "
                + "field 'altcha'. Required unless the challenge is switched off. See GET /questions/challenge.",
                examples = "eyJhbGdvcml0aG0iOiJTSEEtMjU2IiwiY2hhbGxlbmdlIjoiLi4uIn0=")
        @Size(max = 2000)
        String altcha,

        @Schema(hidden = true)
        @JsonAnySetter
        Map<String, Object> otherFields) {

    public QuestionForm {
        firstName = FormText.name(firstName);
        lastName = FormText.name(lastName);
        email = FormText.email(email);
        phone = FormText.line(phone);
        question = FormText.paragraphs(question);
        location = FormText.slug(location);
        sourceArticle = FormText.slug(sourceArticle);
        altcha = FormText.line(altcha);
        otherFields = otherFields == null ? Map.of() : new LinkedHashMap<>(otherFields);
    }

    /** Who asks. */
    Patient patient() {
        return new Patient(firstName, lastName, email, phone);
    }

    /** The content that makes two submissions the same question, for Idempotency-Key reuse checks. */
    String fingerprint() {
        return FormText.sha256(String.join("\u0000", String.valueOf(firstName), String.valueOf(lastName),
                String.valueOf(email), String.valueOf(phone), String.valueOf(question), String.valueOf(location),
                String.valueOf(sourceArticle)));
    }
}
