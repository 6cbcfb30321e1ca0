package com.caringmedical.clinic.web.http;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a request whose Content-Type is not a media type at all (";") with 415, before Quarkus REST chooses among
 * methods by what they consume: its chooser would fail on the header with an unexpected error (a 500).
 */
public class ContentTypeSyntax {

    @ServerRequestFilter(preMatching = true, nonBlocking = true)
    public void check(ContainerRequestContext request) {
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType == null) {
            return;
        }
        try {
            MediaType.valueOf(contentType);
        } catch (IllegalArgumentException notAMediaType) {
            throw new NotSupportedException("Content-Type is not a media type");
        }
    }
}
