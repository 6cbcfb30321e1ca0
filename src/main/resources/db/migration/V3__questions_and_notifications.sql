-- Patient questions, the notification outbox, and the state the spam defences share across instances.

create table question (
    id             uuid        primary key,
    status         text        not null check (status in ('NEW', 'IN_PROGRESS', 'ANSWERED', 'CLOSED', 'SPAM')),
    first_name     text        not null,
    last_name      text,
    email          text        not null,
    phone          text,
    question_text  text        not null,
    location_id    bigint      references location (id),
    source_article text,
    received_at    timestamptz not null
);
create index question_received_at_idx on question (received_at);
create index question_status_idx on question (status);

-- A retried POST with the same Idempotency-Key finds its first answer here. The key row is inserted first in
-- the submitting transaction, so a concurrent retry waits on it and then sees the committed question.
create table question_idempotency_key (
    key                 text        primary key,
    request_fingerprint text        not null,
    question_id         uuid        not null references question (id) on delete cascade deferrable initially deferred,
    created_at          timestamptz not null
);
create index question_idempotency_key_created_at_idx on question_idempotency_key (created_at);

-- Transactional outbox: written in the same transaction as its question, sent by the relay.
create table notification (
    id              uuid        primary key,
    question_id     uuid        not null references question (id) on delete cascade,
    kind            text        not null check (kind in ('STAFF_NOTIFICATION', 'PATIENT_ACKNOWLEDGEMENT')),
    -- The staff inbox; null for an acknowledgement, which goes to the question's own address.
    recipient       text,
    status          text        not null check (status in ('PENDING', 'SENT', 'DEAD')),
    attempts        integer     not null default 0 check (attempts >= 0),
    -- When the relay may (re)try. Claiming a row moves it past the claim timeout, so a claim left by an
    -- instance that died becomes due again by itself.
    next_attempt_at timestamptz not null,
    -- Set by the relay that claimed the row; only that relay may record the outcome.
    claim_token     uuid,
    last_error      text,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    check (kind = 'PATIENT_ACKNOWLEDGEMENT' or recipient is not null)
);
create index notification_due_idx on notification (next_attempt_at) where status = 'PENDING';
create index notification_question_idx on notification (question_id);

-- An ALTCHA solution is good once: its signature is recorded here until the challenge would have expired.
create table spent_challenge (
    signature  text        primary key,
    expires_at timestamptz not null
);

-- Bucket4j's rate-limit buckets (one per hashed client address), shared by every instance.
create table rate_limit_bucket (
    id         text   primary key,
    state      bytea,
    expires_at bigint
);
