-- Editors keep the articles current. A draft that was never published has no publication date; a published
-- article always has one. The version is the editor's ETag.
alter table article
    add column status  text    not null default 'PUBLISHED' check (status in ('DRAFT', 'PUBLISHED')),
    add column version integer not null default 0;
alter table article alter column published_at drop not null;
alter table article add constraint article_published_has_date check (status = 'DRAFT' or published_at is not null);
