package com.caringmedical.clinic.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import com.caringmedical.clinic.web.outbound.OutboundAddress;

/** Where webhooks may go, and how their relay retries. */
@ConfigMapping(prefix = "clinic.webhooks")
public interface WebhooksConfig {

    /**
     * Hosts a webhook may be sent to although they are private, loopback or link-local (a receiver on the clinic's
     * own network). Everything else must resolve to public addresses only, when subscribed and at every attempt.
     */
    Optional<List<String>> allowedHosts();

    /** {@link #allowedHosts()} as the address check takes it. */
    default OutboundAddress.AllowedHosts allowedHostsRule() {
        return new OutboundAddress.AllowedHosts(allowedHosts().orElse(List.of()), "clinic.webhooks.allowed-hosts");
    }

    /** How long deliveries and their attempts are kept for the delivery log. */
    @WithDefault("P30D")
    Duration keepDeliveriesFor();

    Relay relay();

    /** The relay that sends deliveries: any number of instances may run it. */
    interface Relay {

        /** How often each instance looks for due deliveries; "off" stops this instance's relay. */
        @WithDefault("5s")
        String pollInterval();

        @WithDefault("20")
        @Min(1)
        @Max(200)
        int batchSize();

        /** How many deliveries each instance sends at once. */
        @WithDefault("4")
        @Min(1)
        @Max(32)
        int concurrency();

        /**
         * After this many failed attempts a delivery is DEAD: with the default backoff (30 s doubling up to 4 h,
         * with jitter) 15 attempts take half a day to a day.
         */
        @WithDefault("15")
        @Min(1)
        int maxAttempts();

        /** Delay before the first retry; it doubles with each attempt, with jitter, up to maxBackoff. */
        @WithDefault("PT30S")
        Duration initialBackoff();

        @WithDefault("PT4H")
        Duration maxBackoff();

        /** How long connecting to a receiver may take. */
        @WithDefault("PT5S")
        Duration connectTimeout();

        /** How long a receiver may take to answer; a slower one counts as a failed attempt. */
        @WithDefault("PT10S")
        Duration timeout();

        /**
         * A claim not settled within this time is taken over by another relay (its instance is presumed dead).
         * Renewed as each delivery's send begins; it must exceed connect-timeout plus timeout by 10 s at least.
         */
        @WithDefault("PT2M")
        Duration claimTimeout();
    }
}
