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

import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.runtime.Startup;

import com.caringmedical.clinic.question.QuestionsConfig;

/**
 * Questions per client network, with Bucket4j buckets stored in PostgreSQL (table rate_limit_bucket) so the limit
 * holds across all instances. Each bucket is locked with SELECT ... FOR UPDATE in a short transaction of its own,
 * outside the caller's.
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

    private final QuestionsConfig.RateLimit config;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final BucketConfiguration limit;
    private final byte[] bucketKeySecret;

    SubmissionRateLimit(QuestionsConfig config, AgroalDataSource dataSource) {
        this.config = config.rateLimit();
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        this.limit = BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(this.config.capacity())
                        .refillGreedy(this.config.capacity(), this.config.period()))
                .build();
        this.bucketKeySecret = this.config.enabled() ? secret(config) : null;
    }

    /** Takes one submission from the client network's allowance, or throws {@link RateLimitExceeded}. */
    void consume(InetAddress client) {
        if (!config.enabled()) {
            return;
        }
        ConsumptionProbe probe = buckets.builder().build(bucketKey(client), () -> limit).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitExceeded(Duration.ofNanos(probe.getNanosToWaitForRefill()).plusSeconds(1));
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
    void removeFullBuckets() {
        while (buckets.removeExpired(500) == 500) {
            // keep going until a batch comes back short
        }
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
