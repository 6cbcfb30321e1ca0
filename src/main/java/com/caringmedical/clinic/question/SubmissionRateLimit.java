package com.caringmedical.clinic.question;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

/**
 * Questions per client address, with Bucket4j buckets stored in PostgreSQL (table rate_limit_bucket) so the
 * limit holds across all instances. Each bucket is locked with SELECT ... FOR UPDATE in a short transaction of
 * its own, outside the caller's. Addresses are stored only as SHA-256 hashes.
 */
@ApplicationScoped
class SubmissionRateLimit {

    private static final String KEY_PREFIX = "questions:";

    private final QuestionsConfig.RateLimit config;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final BucketConfiguration limit;

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
    }

    /** Takes one submission from the address's allowance, or throws {@link RateLimitExceeded}. */
    void consume(String clientAddress) {
        if (!config.enabled()) {
            return;
        }
        String key = KEY_PREFIX + FormText.sha256(clientAddress);
        ConsumptionProbe probe = buckets.builder().build(key, () -> limit).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitExceeded(Duration.ofNanos(probe.getNanosToWaitForRefill()).plusSeconds(1));
        }
    }

    /** Deletes buckets that have refilled completely: they hold no information. */
    void removeFullBuckets() {
        while (buckets.removeExpired(500) == 500) {
            // keep going until a batch comes back short
        }
    }
}
