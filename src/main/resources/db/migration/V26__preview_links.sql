-- Preview links. An editor makes a link that shows an item (a draft, most often) as the public API will show it,
-- to someone without staff credentials: the front-end's preview page, a reviewer outside the clinic. The link
-- carries 32 random bytes; only their SHA-256 is kept, so the table cannot be read back into working links. A
-- link works until it expires or is revoked. Items are named by kind and id, so a slug change keeps the link.

create table preview_link (
    id          uuid        primary key,
    token_hash  bytea       not null unique,
    kind        text        not null check (kind in ('articles', 'treatments', 'locations', 'references', 'authors')),
    item_id     bigint      not null,
    created_by  text        not null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    revoked_by  text,
    revoked_at  timestamptz,
    check (expires_at > created_at),
    check ((revoked_by is null) = (revoked_at is null))
);
create index preview_link_item_idx on preview_link (kind, item_id);
create index preview_link_expires_idx on preview_link (expires_at);
