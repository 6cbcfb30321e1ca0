package com.caringmedical.clinic.editing;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import com.caringmedical.clinic.web.problem.InvalidFieldsException;
import com.caringmedical.clinic.web.problem.Problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Editor forms kept as JSON, outside the request that sent them (a revision, a staged change): written as text,
 * and read back as the kind's form with its fields checked as a PUT checks its body.
 */
@ApplicationScoped
public class EditorForms {

    private final ObjectMapper json;
    private final Validator validator;

    EditorForms(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /**
     * The JSON as the kind's form; an {@link InvalidFieldsException} naming what does not fit (the field "form"
     * when it is no form of the kind at all).
     */
    public <F> F read(EditableKind<?, ?, F> kind, JsonNode form) {
        F read;
        try {
            read = json.treeToValue(form, kind.formType());
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            throw new InvalidFieldsException(List.of(new Problem.FieldError("form", "is not a form of "
                    + kind.collection() + ": " + (unreadable instanceof JsonProcessingException parse
                            ? parse.getOriginalMessage() : unreadable.getMessage()))));
        }
        if (read == null) {
            throw new InvalidFieldsException(List.of(new Problem.FieldError("form", "a JSON object is required")));
        }
        List<Problem.FieldError> violations = validator.validate(read).stream()
                .map(violation -> new Problem.FieldError(violation.getPropertyPath().toString(), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        if (!violations.isEmpty()) {
            throw new InvalidFieldsException(violations);
        }
        return read;
    }

    /** {@link #read(EditableKind, JsonNode)} from text kept as JSON. */
    public <F> F read(EditableKind<?, ?, F> kind, String form) {
        return read(kind, tree(form));
    }

    /** Text kept as JSON (a jsonb column) as a tree. */
    public JsonNode tree(String form) {
        try {
            return json.readTree(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a kept form holds no JSON", e);
        }
    }

    /** A form (or a tree) as JSON text to keep. */
    public String write(Object form) {
        try {
            return json.writeValueAsString(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a form could not be written as JSON", e);
        }
    }

    /**
     * A form as a tree, to compare with a kept one: through its text, as a kept one is read, so that the same number
     * is the same node (valueToTree would make a long a LongNode where reading makes an IntNode).
     */
    public JsonNode treeOf(Object form) {
        return tree(write(form));
    }
}
