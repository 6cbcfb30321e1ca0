package com.caringmedical.clinic.web.http;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The links this API hands out ({@code Link} between pages, {@code Location} of what was created) are built from
 * the request's path and query only, never from its {@code Host} header, which any client can set and which would
 * otherwise end up in answers kept for everybody (web.caching.ContentCache). They are relative to the host
 * ({@code </articles?page=2>}, RFC 8288 and RFC 9110 allow that) unless {@code clinic.http.public-base-url} is set,
 * in which case this filter makes them absolute with it.
 */
public class PublicLinks {

    /** A relative link in a Link header: {@code </...>}. */
    private static final Pattern RELATIVE_LINK = Pattern.compile("<(/[^>]*)>");

    private final Optional<String> base;

    PublicLinks(HttpConfig config) {
        this.base = config.publicBaseUrl().map(url -> url.toString().replaceFirst("/+$", ""));
    }

    /** The Location of a resource created under the request's path: {@code /editor/articles/<segment>}. */
    public static String child(UriInfo uri, String segment) {
        return UriBuilder.fromPath(uri.getPath()).path(segment).build().getRawPath();
    }

    /** The request's own path and query with {@code parameter} set to {@code value}: {@code /articles?page=2}. */
    public static String withQueryParameter(UriInfo uri, String parameter, Object value) {
        var target = uri.getRequestUriBuilder().replaceQueryParam(parameter, value).build();
        return target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
    }

    @ServerResponseFilter
    public void makeAbsolute(ContainerResponseContext response) {
        if (base.isEmpty()) {
            return;
        }
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        if (location != null) {
            response.getHeaders().putSingle(HttpHeaders.LOCATION, forClients(HttpHeaders.LOCATION, location));
        }
        List<Object> links = response.getHeaders().get(HttpHeaders.LINK);
        if (links != null) {
            links.replaceAll(link -> link instanceof String text ? forClients(HttpHeaders.LINK, text) : link);
        }
    }

    /** A Location or Link header's value as clients get it: absolute with the public base URL when one is set. */
    public String forClients(String header, String value) {
        if (base.isEmpty()) {
            return value;
        }
        if (header.equalsIgnoreCase(HttpHeaders.LOCATION)) {
            return value.startsWith("/") ? base.get() + value : value;
        }
        if (header.equalsIgnoreCase(HttpHeaders.LINK)) {
            return RELATIVE_LINK.matcher(value).replaceAll(match -> "<" + base.get() + match.group(1) + ">");
        }
        return value;
    }
}
