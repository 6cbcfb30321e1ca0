-- An article's body becomes an ordered list of typed blocks (headings, paragraphs of text runs with marks, lists,
-- quotes, images, videos, callouts), kept as one jsonb array on the article (the shape is com.caringmedical.clinic
-- .body.Block). Each headed section of plain paragraphs becomes a level-2 heading and its paragraphs, and every
-- [n] marker in them a citation run of reference n, so no article loses a word. article_section goes.

alter table article add column body jsonb;
-- The search index is rebuilt at the end; its deferred trigger would otherwise hold events that forbid the
-- ALTER TABLEs below.
alter table article disable trigger article_search;

-- One paragraph's text as text runs: the [n] markers become citation runs, the space before a marker goes.
create function pg_temp.runs_of(paragraph text) returns jsonb
    language plpgsql as $$
declare
    texts   text[] := regexp_split_to_array(paragraph, '\s*\[[0-9]+\]');
    numbers text[] := array(select (regexp_matches(paragraph, '\[([0-9]+)\]', 'g'))[1]);
    runs    jsonb  := '[]';
begin
    for i in 1 .. coalesce(array_length(texts, 1), 0) loop
        if texts[i] <> '' then
            runs := runs || jsonb_build_array(jsonb_build_object('text', texts[i]));
        end if;
        if i <= coalesce(array_length(numbers, 1), 0) then
            runs := runs || jsonb_build_array(jsonb_build_object('text', '[' || numbers[i] || ']',
                    'marks', jsonb_build_array(jsonb_build_object('type', 'citation', 'reference', numbers[i]::int))));
        end if;
    end loop;
    return runs;
end
$$;

update article a
set body = (
    select jsonb_agg(block order by s.position, block_order)
    from article_section s
    cross join lateral (
        select jsonb_build_object('type', 'heading', 'level', 2, 'text', s.heading) as block, 0 as block_order
        union all
        select jsonb_build_object('type', 'paragraph', 'content', pg_temp.runs_of(p.text)), p.ordinality
        from unnest(s.paragraphs) with ordinality as p(text, ordinality)
    ) blocks
    where s.article_id = a.id);

update article set body = '[]' where body is null;
alter table article alter column body set not null;
alter table article add constraint article_body_is_a_list check (jsonb_typeof(body) = 'array');
alter table article enable trigger article_search;

drop table article_section;

-- The words of a body, for search: each text run's text joined to the next without a space (runs split words),
-- headings, titles, attributions, captions and alt texts, and the blocks inside lists and callouts.
create function search_body_text(node jsonb) returns text
    language plpgsql immutable as $$
declare
    parts text[] := '{}';
    element jsonb;
begin
    if node is null then
        return null;
    elsif jsonb_typeof(node) = 'array' then
        for element in select value from jsonb_array_elements(node) loop
            parts := parts || search_body_text(element);
        end loop;
        return array_to_string(parts, ' ');
    elsif jsonb_typeof(node) <> 'object' then
        return null;
    end if;
    return concat_ws(' ',
            case when node ->> 'type' = 'heading' then node ->> 'text' end,
            (select string_agg(run ->> 'text', '') from jsonb_array_elements(
                    case when jsonb_typeof(node -> 'content') = 'array' then node -> 'content' else '[]' end) run),
            (select string_agg(run ->> 'text', '') from jsonb_array_elements(
                    case when jsonb_typeof(node -> 'caption') = 'array' then node -> 'caption' else '[]' end) run),
            node ->> 'title', node ->> 'attribution', node ->> 'alt',
            search_body_text(node -> 'items'), search_body_text(node -> 'list'), search_body_text(node -> 'blocks'));
end
$$;

create or replace function search_refresh(p_kind text, p_item bigint) returns void
    language plpgsql as $$
begin
    perform search_forget(p_kind, p_item);
    if p_kind = 'ARTICLE' then
        perform search_put('ARTICLE', a.id, a.slug, a.title, a.summary,
                concat_ws(' ', array_to_string(a.key_points, ' '), search_body_text(a.body)))
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

select search_refresh('ARTICLE', id) from article;
