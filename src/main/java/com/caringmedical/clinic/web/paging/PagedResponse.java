package com.caringmedical.clinic.web.paging;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;
import com.caringmedical.clinic.web.http.PublicLinks;

/**
 * Wraps a page in a 200 answer with RFC 8288 {@code Link} headers: first, prev, next and last, relative to the
 * host ({@link PublicLinks}).
 */
public final class PagedResponse {

    private PagedResponse() {
    }

    public static <T> RestResponse<PageView<T>> ok(PageView<T> page, UriInfo uri) {
        return RestResponse.ResponseBuilder.ok(page).header("Link", links(page, uri)).build();
    }

    /** The Link header value for a page, for answers that wrap the page in an envelope of their own. */
    public static String links(PageView<?> page, UriInfo uri) {
        int last = Math.max(page.totalPages(), 1);
        List<String> links = new ArrayList<>();
        links.add(link(uri, 1, "first"));
        if (page.page() > 1) {
            links.add(link(uri, Math.min(page.page() - 1, last), "prev"));
        }
        if (page.page() < last) {
            links.add(link(uri, page.page() + 1, "next"));
        }
        links.add(link(uri, last, "last"));
        return String.join(", ", links);
    }

    /** A link to another page of the same list, relative to the host ({@link PublicLinks}). */
    private static String link(UriInfo uri, int page, String rel) {
        return "<" + PublicLinks.withQueryParameter(uri, "page", page) + ">; rel=\"" + rel + "\"";
    }
}
