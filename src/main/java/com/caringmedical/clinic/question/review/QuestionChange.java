package com.caringmedical.clinic.question.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonSetter;

import com.caringmedical.clinic.question.QuestionStatus;

/**
 * What staff change on a question, as a JSON merge patch (RFC 7396): a field left out stays as it is; assignee
 * null removes the assignee.
 */
@Schema(name = "QuestionChange", description = "Send only the fields to change. \"assignee\": null unassigns.")
public class QuestionChange {

    @Schema(description = "The next status: NEW → IN_PROGRESS → ANSWERED → CLOSED, any → SPAM, SPAM → NEW.",
            examples = "IN_PROGRESS")
    private QuestionStatus status;

    @Schema(description = "Username of a staff account with the staff role, or null.", examples = "staff",
            nullable = true)
    private String assignee;

    private boolean assigneeSent;

    @Schema(description = "Slug of the office that should handle it.", examples = "fort-myers")
    private String location;

    public QuestionStatus status() {
        return status;
    }

    @JsonSetter("status")
    void status(QuestionStatus status) {
        this.status = status;
    }

    /** Whether the patch mentions the assignee at all (null included). */
    public boolean assigneeSent() {
        return assigneeSent;
    }

    public String assignee() {
        return assignee;
    }

    @JsonSetter("assignee")
    void assignee(String assignee) {
        this.assignee = assignee;
        this.assigneeSent = true;
    }

    public String location() {
        return location;
    }

    @JsonSetter("location")
    void location(String location) {
        this.location = location;
    }
}
