-- The change feed apps sync from (GET /changes): one row each time public content is published or changed
-- ('PUBLISHED') or stops being public under a key ('REMOVED': unpublished, deleted, or renamed away from an old
-- slug). Rows are written by triggers, so every writer is covered (editors, imports, scheduled publishing), in the
-- transaction of the change itself. An item whose answer embeds another's summary (an article shows its treatment
-- options, references and authors) is reported changed with it.
--
-- Clients page by position (tx, id): tx is the writing transaction's id. Only rows of transactions older than every
-- running one (tx < pg_snapshot_xmin) are handed out, so a transaction that commits late can never slip in behind a
-- position a client already has.

create table content_change (
    id         bigint generated always as identity primary key,
    tx         xid8        not null default pg_current_xact_id(),
    kind       text        not null check (kind in ('article', 'treatment', 'location', 'author', 'reference')),
    key        text        not null,
    change     text        not null check (change in ('PUBLISHED', 'REMOVED')),
    changed_at timestamptz not null default clock_timestamp()
);
create index content_change_position_idx on content_change (tx, id);
create index content_change_age_idx on content_change (changed_at);

-- The newest position deleted by retention: a client behind it must sync again from the lists.
create table content_change_horizon (
    only_row boolean primary key default true check (only_row),
    tx       xid8    not null,
    id       bigint  not null
);
insert into content_change_horizon (tx, id) values ('0', 0);

-- TG_ARGV: the kind, and the column that names an item in public paths (slug, or id for references).
create function record_content_change() returns trigger
    language plpgsql as $$
declare
    item_kind  text := tg_argv[0];
    old_key    text;
    new_key    text;
    item_id    bigint;
    was_public boolean := false;
    is_public  boolean := false;
begin
    if tg_op <> 'INSERT' then
        old_key := to_jsonb(old) ->> tg_argv[1];
        was_public := old.status = 'PUBLISHED';
    end if;
    if tg_op <> 'DELETE' then
        new_key := to_jsonb(new) ->> tg_argv[1];
        is_public := new.status = 'PUBLISHED';
        item_id := new.id;
    end if;
    if was_public and (not is_public or new_key is distinct from old_key) then
        insert into content_change (kind, key, change) values (item_kind, old_key, 'REMOVED');
    end if;
    if not is_public then
        return null;
    end if;
    insert into content_change (kind, key, change) values (item_kind, new_key, 'PUBLISHED');
    if item_kind = 'treatment' then
        insert into content_change (kind, key, change)
        select 'article', a.slug, 'PUBLISHED' from article a join article_treatment t on t.article_id = a.id
        where t.treatment_id = item_id and a.status = 'PUBLISHED';
    elsif item_kind = 'reference' then
        insert into content_change (kind, key, change)
        select 'article', a.slug, 'PUBLISHED' from article a join article_reference r on r.article_id = a.id
        where r.reference_id = item_id and a.status = 'PUBLISHED'
        union
        select 'treatment', t.slug, 'PUBLISHED' from treatment t join treatment_evidence e on e.treatment_id = t.id
        where e.reference_id = item_id and t.status = 'PUBLISHED';
    elsif item_kind = 'author' then
        insert into content_change (kind, key, change)
        select 'article', a.slug, 'PUBLISHED' from article a
        where (a.author_id = item_id or a.reviewer_id = item_id) and a.status = 'PUBLISHED';
    end if;
    return null;
end;
$$;

create trigger article_change_recorded after insert or update or delete on article
    for each row execute function record_content_change('article', 'slug');
create trigger treatment_change_recorded after insert or update or delete on treatment
    for each row execute function record_content_change('treatment', 'slug');
create trigger location_change_recorded after insert or update or delete on location
    for each row execute function record_content_change('location', 'slug');
create trigger author_change_recorded after insert or update or delete on author
    for each row execute function record_content_change('author', 'slug');
create trigger reference_change_recorded after insert or update or delete on reference
    for each row execute function record_content_change('reference', 'id');
