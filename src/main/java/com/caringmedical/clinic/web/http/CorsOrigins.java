package com.caringmedical.clinic.web.http;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.Startup;

/**
 * The web front-end's origins must be named: an unset {@code quarkus.http.cors.origins} starts Quarkus without
 * complaint, so prod (which has no default, application.properties) would run with a CORS policy nobody chose.
 * Checked at start-up, naming the variable to set, as the other settings prod has no default for.
 */
@Startup
@ApplicationScoped
class CorsOrigins {

    CorsOrigins(@ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins) {
        if (origins.map(List::isEmpty).orElse(true)) {
            throw new IllegalStateException("CLINIC_CORS_ORIGINS (quarkus.http.cors.origins) must name the web "
                    + "front-end's origins, comma-separated, e.g. https://www.clinic.example");
        }
    }
}
