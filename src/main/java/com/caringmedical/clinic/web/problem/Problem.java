package com.caringmedical.clinic.web.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document: the body of every error this API sends, as {@code application/problem+json}.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details, sent as application/problem+json for every error.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "Identifies the kind of problem; stable, safe to switch on.",
                examples = "urn:problem-type:clinic:invalid-parameters") String type,
        @Schema(description = "Short summary of the kind of problem.", examples = "Invalid parameters") String title,
        @Schema(description = "The HTTP status code.", examples = "400") int status,
        @Schema(description = "What went wrong with this request.",
                examples = "One or more fields or parameters are invalid.") String detail,
        @Schema(description = "The path of the request that failed.", examples = "/articles") String instance,
        @Schema(description = "For validation problems: each offending field or parameter and what is wrong with it.")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_PREFIX = "urn:problem-type:clinic:";

    @Schema(name = "FieldError", description = "One invalid field or parameter.")
    public record FieldError(
            @Schema(description = "The field or parameter name.", examples = "size") String field,
            @Schema(description = "What is wrong with it.", examples = "must be less than or equal to 100") String message) {
    }
}
