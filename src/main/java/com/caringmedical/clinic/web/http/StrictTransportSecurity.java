package com.caringmedical.clinic.web.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * Adds Strict-Transport-Security to every answer of a request that came over TLS: directly, or through a trusted
 * proxy that says so (X-Forwarded-Proto, see {@link TrustedProxies}). Over plain HTTP the header
 * would be ignored by browsers, and in dev it would only pin localhost to HTTPS, so it is left out there.
 */
@ApplicationScoped
class StrictTransportSecurity {

    private final HttpConfig config;
    private final TrustedProxies proxies;

    StrictTransportSecurity(HttpConfig config, TrustedProxies proxies) {
        this.config = config;
        this.proxies = proxies;
    }

    void install(@Observes Router router) {
        String policy = config.strictTransportSecurity();
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            if (proxies.isHttps(context.request())) {
                context.response().putHeader("Strict-Transport-Security", policy);
            }
            context.next();
        });
    }
}
