-- Editors keep the literature references current: drafts are not public. The version is the editor's ETag.
alter table reference
    add column status  text    not null default 'PUBLISHED' check (status in ('DRAFT', 'PUBLISHED')),
    add column version integer not null default 0;
