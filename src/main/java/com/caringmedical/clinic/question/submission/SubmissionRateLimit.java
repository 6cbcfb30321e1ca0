package com.caringmedical.clinic.question.submission;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.runtime.Startup;

import com.caringmedical.clinic.question.QuestionsConfig;

/**
 * Questions per client network: a token bucket per network in PostgreSQL (table rate_limit_bucket), so the limit
 * holds across all instances. A submission takes its token with one upsert in the question's own transaction: the
 * bucket row stays locked until that commits, and a submission refused later (a spent challenge, say) gives its token
 * back by rolling back. The bucket refills continuously, capacity tokens per period.
 * <p>
 * Written here rather than with a rate-limit library: Bucket4j's PostgreSQL buckets commit on a connection of
 * their own, which cost every question a second transaction and a second pooled connection, and could not be
 * undone with a refused submission.
 * <p>
 * An IPv4 client is counted by its address; an IPv6 client by its /64, the smallest network a provider hands one
 * subscriber, since one machine can use any of 2^64 addresses in it. Bucket keys are HMAC-SHA256 of that network
 * under a secret key: a plain hash of an IPv4 address would be reversed by trying all 2^32 of them. Created at
 * start-up, so a missing key stops the service there.
 */
@Startup
@ApplicationScoped
class SubmissionRateLimit {

    private static final String KEY_PREFIX = "questions:";
    private static final String HMAC = "HmacSHA256";
    private static final int IPV6_NETWORK_BYTES = 8;
    /** The tokens a bucket holds now: what it held, refilled for the time since, up to the capacity. */
    private static final String TOKENS_NOW = "least(:capacity, b.tokens "
            + "+ extract(epoch from statement_timestamp() - b.refilled_at) * :perSecond)";

    private final QuestionsConfig.RateLimit config;
    private final EntityManager entityManager;
    private final double perSecond;
    private final byte[] bucketKeySecret;

    SubmissionRateLimit(QuestionsConfig config, EntityManager entityManager) {
        this.config = config.rateLimit();
        this.entityManager = entityManager;
        this.perSecond = this.config.capacity() / (this.config.period().toNanos() / 1e9);
        this.bucketKeySecret = this.config.enabled() ? secret(config) : null;
    }

    /**
     * Takes one submission from the client network's allowance in the caller's transaction, or throws
     * {@link RateLimitExceeded}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void consume(InetAddress client) {
        if (!config.enabled()) {
            return;
        }
        String key = bucketKey(client);
        int taken = entityManager.createNativeQuery("""
                insert into rate_limit_bucket as b (id, tokens, refilled_at)
                values (:id, :capacity - 1, statement_timestamp())
                on conflict (id) do update set tokens = %1$s - 1, refilled_at = statement_timestamp()
                where %1$s >= 1""".formatted(TOKENS_NOW))
                .setParameter("id", key)
                .setParameter("capacity", (double) config.capacity())
                .setParameter("perSecond", perSecond)
                .executeUpdate();
        if (taken == 0) {
            double secondsToNextToken = ((Number) entityManager.createNativeQuery("""
                    select greatest(0, (1 - %s) / :perSecond) from rate_limit_bucket b where b.id = :id"""
                    .formatted(TOKENS_NOW))
                    .setParameter("id", key)
                    .setParameter("capacity", (double) config.capacity())
                    .setParameter("perSecond", perSecond)
                    .getSingleResult()).doubleValue();
            throw new RateLimitExceeded(Duration.ofMillis((long) Math.ceil(secondsToNextToken * 1000)).plusSeconds(1));
        }
    }

    /** The bucket of a client: a keyed hash of its IPv4 address or its IPv6 /64. */
    String bucketKey(InetAddress client) {
        byte[] network = client instanceof Inet6Address
                ? Arrays.copyOf(client.getAddress(), IPV6_NETWORK_BYTES)
                : client.getAddress();
        return KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(bucketKeySecret, network));
    }

    /** Deletes buckets that have refilled completely: they hold no information. */
    @Transactional
    int removeFullBuckets() {
        return entityManager.createNativeQuery("delete from rate_limit_bucket b where %s >= :capacity"
                .formatted(TOKENS_NOW))
                .setParameter("capacity", (double) config.capacity())
                .setParameter("perSecond", perSecond)
                .executeUpdate();
    }

    /**
     * The configured key, or one derived from the challenge's key (HMAC of a label under it, so the two uses
     * never share a key).
     */
    private static byte[] secret(QuestionsConfig config) {
        if (config.rateLimit().key().isPresent()) {
            return config.rateLimit().key().get().getBytes(StandardCharsets.UTF_8);
        }
        String challengeKey = config.challenge().hmacKey().orElseThrow(() -> new IllegalStateException(
                "clinic.questions.rate-limit.key (environment variable CLINIC_QUESTIONS_RATE_LIMIT_KEY) or "
                        + "clinic.questions.challenge.hmac-key (CLINIC_QUESTIONS_CHALLENGE_HMAC_KEY) must be set "
                        + "while the rate limit is enabled."));
        return hmac(challengeKey.getBytes(StandardCharsets.UTF_8),
                "clinic rate-limit bucket keys".getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is required by the Java platform", e);
        }
    }
}
