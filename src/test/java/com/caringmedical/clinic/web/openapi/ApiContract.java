package com.caringmedical.clinic.web.openapi;

import static io.restassured.RestAssured.given;

import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.restassured.specification.RequestSpecification;

/**
 * Requests whose responses are checked against the committed OpenAPI document ({@code openapi/openapi.json}),
 * so the document cannot promise a shape, status or header the service does not deliver. Requests themselves
 * are not checked: tests deliberately send bad ones.
 */
public final class ApiContract {

    public static final Path DOCUMENT = Path.of("openapi", "openapi.json");

    private static final OpenApiValidationFilter RESPONSES_MATCH_DOCUMENT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(DOCUMENT.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private ApiContract() {
    }

    /** A request whose response must match the API document. */
    public static RequestSpecification api() {
        return given().filter(RESPONSES_MATCH_DOCUMENT);
    }
}
