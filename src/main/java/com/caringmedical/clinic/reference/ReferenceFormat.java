package com.caringmedical.clinic.reference;

import java.util.Arrays;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import com.caringmedical.clinic.web.caching.Negotiation;

/**
 * The representations of references: the API's JSON, and the three formats reference managers import. Chosen by
 * the Accept header.
 */
public enum ReferenceFormat {
    JSON(MediaType.APPLICATION_JSON, null),
    CSL_JSON(ReferenceFormat.CSL_JSON_TYPE, "json"),
    BIBTEX(ReferenceFormat.BIBTEX_TYPE, "bib"),
    RIS(ReferenceFormat.RIS_TYPE, "ris");

    public static final String CSL_JSON_TYPE = "application/vnd.citationstyles.csl+json";
    public static final String BIBTEX_TYPE = "application/x-bibtex";
    public static final String RIS_TYPE = "application/x-research-info-systems";

    private static final String[] MEDIA_TYPES = Arrays.stream(values()).map(f -> f.mediaType).toArray(String[]::new);

    private final String mediaType;
    private final String fileExtension;

    ReferenceFormat(String mediaType, String fileExtension) {
        this.mediaType = mediaType;
        this.fileExtension = fileExtension;
    }

    /** The best format for the request's Accept header (JSON when it has none); JAX-RS has refused the rest with 406. */
    public static ReferenceFormat negotiate(Request request) {
        String chosen = Negotiation.choose(request, MEDIA_TYPES);
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(chosen)).findFirst().orElseThrow();
    }

    /**
     * The answer carrying a body in this format, exports as a file named after {@code baseName}. (Quarkus REST
     * adds {@code Vary: Accept} itself to operations that produce more than one media type.)
     */
    public Response response(Object body, String baseName) {
        Response.ResponseBuilder response = Response.ok(body, contentType());
        if (this != JSON) {
            response.header("Content-Disposition", "attachment; filename=\"" + baseName + "." + fileExtension + "\"");
        }
        return response.build();
    }

    /** The Content-Type of an export: a text format in UTF-8. */
    public String contentType() {
        return this == CSL_JSON || this == JSON ? mediaType : mediaType + "; charset=UTF-8";
    }

}
