-- Full-text search over the published articles, treatment options and references.
--
-- search_document holds one row per published item: its title, summary and body as plain text, and a weighted
-- English tsvector (title A, summary B, body C). search_word counts the documents each word appears in; the
-- search suggests its closest entry (pg_trgm similarity) for a misspelled word.
--
-- The database keeps both current itself: deferred constraint triggers on the content tables and on their child
-- tables re-index an item when its transaction commits, whatever wrote the change, so a search never sees a draft
-- or a half-saved item.
--
-- pg_trgm is a trusted extension: the database owner (or any role with CREATE on the database) may create it.

create extension if not exists pg_trgm;

create table search_document (
    kind     text   not null check (kind in ('ARTICLE', 'TREATMENT', 'REFERENCE')),
    item_id  bigint not null,
    key      text   not null,
    title    text   not null,
    summary  text   not null,
    body     text   not null,
    document tsvector generated always as (
        setweight(to_tsvector('english', title), 'A')
        || setweight(to_tsvector('english', summary), 'B')
        || setweight(to_tsvector('english', body), 'C')) stored,
    words    tsvector generated always as (to_tsvector('simple', title || ' ' || summary || ' ' || body)) stored,
    primary key (kind, item_id)
);
create index search_document_document_idx on search_document using gin (document);

create table search_word (
    word      text    primary key,
    documents integer not null check (documents > 0)
);
create index search_word_trigram_idx on search_word using gin (word gin_trgm_ops);

-- The words of a document worth suggesting: letters only, three or more of them.
create function search_words_of(words tsvector) returns text[]
    language sql immutable as $$
    select coalesce(array_agg(w order by w), '{}') from unnest(tsvector_to_array(words)) w where w ~ '^[[:alpha:]]{3,}$'
$$;

create function search_forget(p_kind text, p_item bigint) returns void
    language plpgsql as $$
declare
    old_words text[];
begin
    delete from search_document where kind = p_kind and item_id = p_item
        returning search_words_of(words) into old_words;
    if old_words is not null then
        -- Rows are locked in word order, so two commits re-indexing at once cannot deadlock on them.
        perform 1 from search_word where word = any (old_words) order by word for update;
        delete from search_word where word = any (old_words) and documents = 1;
        update search_word set documents = documents - 1 where word = any (old_words);
    end if;
end
$$;

create function search_put(p_kind text, p_item bigint, p_key text, p_title text, p_summary text, p_body text)
    returns void
    language plpgsql as $$
declare
    new_words text[];
begin
    insert into search_document (kind, item_id, key, title, summary, body)
    values (p_kind, p_item, p_key, p_title, coalesce(p_summary, ''), coalesce(p_body, ''))
    returning search_words_of(words) into new_words;
    insert into search_word (word, documents)
    select w, 1 from unnest(new_words) w order by w
    on conflict (word) do update set documents = search_word.documents + 1;
end
$$;

-- Re-indexes one item from its tables: removed when it is gone or not published.
create function search_refresh(p_kind text, p_item bigint) returns void
    language plpgsql as $$
begin
    perform search_forget(p_kind, p_item);
    if p_kind = 'ARTICLE' then
        perform search_put('ARTICLE', a.id, a.slug, a.title, a.summary,
                concat_ws(' ', array_to_string(a.key_points, ' '),
                        (select string_agg(s.heading || ' ' || array_to_string(s.paragraphs, ' '), ' ' order by s.position)
                         from article_section s where s.article_id = a.id)))
        from article a where a.id = p_item and a.status = 'PUBLISHED';
    elsif p_kind = 'TREATMENT' then
        perform search_put('TREATMENT', t.id, t.slug, t.name, t.summary,
                concat_ws(' ', t.description, t.typical_course,
                        (select string_agg(e.finding, ' ' order by e.position)
                         from treatment_evidence e where e.treatment_id = t.id)))
        from treatment t where t.id = p_item and t.status = 'PUBLISHED';
    elsif p_kind = 'REFERENCE' then
        perform search_put('REFERENCE', r.id, r.id::text, r.title,
                concat_ws('. ', (select string_agg(ra.family || coalesce(' ' || ra.given, ''), ', ' order by ra.position)
                                 from reference_author ra where ra.reference_id = r.id),
                        r.journal, r.year),
                concat_ws(' ', r.journal_abbreviation, r.doi, r.pmid))
        from reference r where r.id = p_item and r.status = 'PUBLISHED';
    end if;
end
$$;

-- Trigger arguments: the kind of item, and the column of the changed row that holds the item's id.
create function search_content_changed() returns trigger
    language plpgsql as $$
begin
    perform search_refresh(tg_argv[0],
            (to_jsonb(case when tg_op = 'DELETE' then old else new end) ->> tg_argv[1])::bigint);
    return null;
end
$$;

create constraint trigger article_search after insert or update or delete on article
    deferrable initially deferred for each row execute function search_content_changed('ARTICLE', 'id');
create constraint trigger article_section_search after insert or update or delete on article_section
    deferrable initially deferred for each row execute function search_content_changed('ARTICLE', 'article_id');
create constraint trigger treatment_search after insert or update or delete on treatment
    deferrable initially deferred for each row execute function search_content_changed('TREATMENT', 'id');
create constraint trigger treatment_evidence_search after insert or update or delete on treatment_evidence
    deferrable initially deferred for each row execute function search_content_changed('TREATMENT', 'treatment_id');
create constraint trigger reference_search after insert or update or delete on reference
    deferrable initially deferred for each row execute function search_content_changed('REFERENCE', 'id');
create constraint trigger reference_author_search after insert or update or delete on reference_author
    deferrable initially deferred for each row execute function search_content_changed('REFERENCE', 'reference_id');

do $$
begin
    perform search_refresh('ARTICLE', id) from article;
    perform search_refresh('TREATMENT', id) from treatment;
    perform search_refresh('REFERENCE', id) from reference;
end
$$;
