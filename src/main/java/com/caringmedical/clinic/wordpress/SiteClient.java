package com.caringmedical.clinic.wordpress;

import java.net.URI;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.core.Vertx;

import com.caringmedical.clinic.web.outbound.OutboundAddress;
import com.caringmedical.clinic.web.outbound.OutboundHttp;

/**
 * Reads a WordPress site for the import, as one reads a stranger's server: every address (redirects included) is
 * checked by {@link OutboundAddress} and read through {@link OutboundHttp}, with a time limit and a size limit. A
 * site that fails gives a {@link SiteUnreadable} with a sentence for the report, never anything that could stop
 * the service.
 */
@ApplicationScoped
class SiteClient {

    private static final int MAX_REDIRECTS = 5;
    private static final String USER_AGENT = "clinic-api (WordPress import)";

    /** An answer the import could not get, in words for its report. */
    static class SiteUnreadable extends RuntimeException {
        SiteUnreadable(String message) {
            super(message);
        }
    }

    private final OutboundHttp http;
    private final ImportConfig config;
    private final OutboundAddress.AllowedHosts allowedHosts;

    SiteClient(Vertx vertx, ImportConfig config) {
        this.config = config;
        this.allowedHosts = config.allowedHostsRule();
        this.http = new OutboundHttp(vertx, config.connectTimeout(), 2);
    }

    @PreDestroy
    void close() {
        http.close();
    }

    /**
     * GETs the address, following up to five redirects, each checked again. Answers of any status come back (the
     * caller decides what a 404 means); no answer at all is a {@link SiteUnreadable}.
     */
    OutboundHttp.Answer get(URI uri, long maxBytes, String accept) {
        URI current = uri;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            OutboundAddress address;
            try {
                address = OutboundAddress.resolve(current, allowedHosts, OutboundAddress.Resolver.SYSTEM);
            } catch (OutboundAddress.Refused refused) {
                throw new SiteUnreadable(refused.getMessage());
            }
            OutboundHttp.Answer answer;
            try {
                answer = once(address, maxBytes, accept);
            } catch (OutboundHttp.ConnectionLost lost) {
                // A kept-alive connection the site had closed meanwhile: once more, on a new one.
                try {
                    answer = once(address, maxBytes, accept);
                } catch (OutboundHttp.ConnectionLost again) {
                    throw new SiteUnreadable(again.getMessage());
                }
            }
            String location = answer.header("location");
            if (answer.status() / 100 == 3 && answer.status() != 304 && location != null) {
                try {
                    current = current.resolve(location.strip());
                } catch (IllegalArgumentException e) {
                    throw new SiteUnreadable(current + " redirected to '" + location + "', which is not an address");
                }
                continue;
            }
            return answer;
        }
        throw new SiteUnreadable(uri + " redirected more than " + MAX_REDIRECTS + " times");
    }

    private OutboundHttp.Answer once(OutboundAddress address, long maxBytes, String accept) {
        try {
            return http.exchange(address, OutboundHttp.Request.get(accept, USER_AGENT), maxBytes,
                    config.requestTimeout());
        } catch (OutboundHttp.ConnectionLost lost) {
            throw lost;
        } catch (OutboundHttp.NoAnswer noAnswer) {
            throw new SiteUnreadable(noAnswer.getMessage());
        }
    }
}
