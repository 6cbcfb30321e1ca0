package com.caringmedical.clinic.editing;

import java.util.Optional;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

import com.caringmedical.clinic.web.http.PublicLinks;
import com.caringmedical.clinic.web.problem.NotFoundProblem;

/**
 * The answers every editor resource gives: the item with its ETag, 201 with Location and ETag, 204, or a 404
 * problem naming what was not found. Each resource keeps its own OpenAPI text and calls these.
 */
public final class EditorResponses {

    private EditorResponses() {
    }

    /** 200 with the item and its version's ETag, or a 404 problem ("No office 'x' exists."). */
    public static <K, F> RestResponse<F> found(Optional<Edited<K, F>> edited, String kind, Object key) {
        return edited.map(EditorResponses::tagged).orElseThrow(() -> new NotFoundProblem(kind, key));
    }

    /** 201 with the item, its ETag, and a Location under the request's path. */
    public static <K, F> RestResponse<F> created(Edited<K, F> edited, UriInfo uri) {
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, edited.form())
                .header(HttpHeaders.LOCATION, PublicLinks.child(uri, String.valueOf(edited.key())))
                .header(HttpHeaders.ETAG, edited.tag())
                .build();
    }

    /** 204, or a 404 problem when there was nothing to delete. */
    public static RestResponse<Void> deleted(boolean deleted, String kind, Object key) {
        if (!deleted) {
            throw new NotFoundProblem(kind, key);
        }
        return RestResponse.noContent();
    }

    private static <K, F> RestResponse<F> tagged(Edited<K, F> edited) {
        return RestResponse.ResponseBuilder.ok(edited.form()).header(HttpHeaders.ETAG, edited.tag()).build();
    }
}
