-- The question rate limit moves into the question's own transaction: one token bucket per hashed client network,
-- taken with a single upsert that is rolled back with a refused submission. Bucket4j's serialized state goes;
-- buckets are short-lived (a full one is deleted), so none is carried over.
drop table rate_limit_bucket;

create table rate_limit_bucket (
    id          text             primary key,
    -- tokens left when last taken from; it refills continuously at capacity / period
    tokens      double precision not null,
    refilled_at timestamptz      not null
);
