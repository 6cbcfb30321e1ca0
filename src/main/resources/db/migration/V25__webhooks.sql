-- Webhooks. An admin subscribes a URL to events; each event is written here as one delivery per subscription, in
-- the transaction that made the event (a saved change, a received question), so a delivery exists exactly when
-- its event does: the same transactional outbox as the staff mails, with the same claim, retry and give-up rules.
-- A relay on every instance claims due deliveries with FOR UPDATE SKIP LOCKED and POSTs them, signed as Standard
-- Webhooks says. Every attempt is kept as the subscription's delivery log.

create table webhook_subscription (
    id          uuid        primary key,
    url         text        not null,
    description text,
    events      text[]      not null check (cardinality(events) > 0 and events <@ array[
                                'content.published', 'content.unpublished', 'content.changed',
                                'question.received']::text[]),
    -- The signing secret, whsec_ and base64 as Standard Webhooks writes it. Kept as is: signing needs the key.
    secret      text        not null,
    enabled     boolean     not null,
    created_by  text        not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     integer     not null default 0
);

create table webhook_delivery (
    -- Sent as webhook-id: the same on every attempt, so a receiver can tell a retry from a new event.
    id              uuid        primary key,
    subscription_id uuid        not null references webhook_subscription (id) on delete cascade,
    event_type      text        not null,
    -- The body exactly as it is signed and sent on every attempt.
    payload         text        not null,
    status          text        not null check (status in ('PENDING', 'DELIVERED', 'DEAD')),
    attempts        integer     not null default 0 check (attempts >= 0),
    -- As in notification: claiming a row moves it past the claim timeout, so a dead relay's claim comes back.
    next_attempt_at timestamptz not null,
    claim_token     uuid,
    created_at      timestamptz not null,
    delivered_at    timestamptz
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_subscription_idx on webhook_delivery (subscription_id, created_at desc);

create table webhook_attempt (
    delivery_id  uuid        not null references webhook_delivery (id) on delete cascade,
    attempt      integer     not null,
    attempted_at timestamptz not null,
    -- The receiver's HTTP status; null when it gave none (refused, timed out, address refused).
    status_code  integer,
    error        text,
    duration_ms  integer     not null,
    primary key (delivery_id, attempt)
);
