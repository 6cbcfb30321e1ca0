package com.caringmedical.clinic.question.submission;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * {@code clinic_questions_received_total{outcome}}: every POST /questions that was not an idempotent replay, by
 * what became of it. Accepted and spam are counted by the service after commit; refusals are counted here from the
 * response status, whichever layer refused (validation, body size, challenge, rate limit).
 */
@Startup // registers the counters at zero, so every outcome is on /q/metrics from the start
@ApplicationScoped
public class QuestionMetrics {

    enum Outcome {
        ACCEPTED, SPAM, REJECTED, LIMITED
    }

    private final Map<Outcome, Counter> counters = new EnumMap<>(Outcome.class);

    QuestionMetrics(MeterRegistry registry) {
        for (Outcome outcome : Outcome.values()) {
            counters.put(outcome, Counter.builder("clinic.questions.received")
                    .description("Questions submitted, by outcome")
                    .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                    .register(registry));
        }
    }

    void received(Outcome outcome) {
        counters.get(outcome).increment();
    }

    @ServerResponseFilter
    public void countRefusals(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.POST.equals(request.getMethod()) || !"/questions".equals(request.getUriInfo().getPath())) {
            return;
        }
        int status = response.getStatus();
        if (status == 429) {
            received(Outcome.LIMITED);
        } else if (status >= 400 && status < 500) {
            received(Outcome.REJECTED);
        }
    }
}
