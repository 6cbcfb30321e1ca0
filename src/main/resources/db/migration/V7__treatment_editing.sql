-- Editors keep the treatment options current: drafts are not public. The version is the editor's ETag.
alter table treatment
    add column status  text    not null default 'PUBLISHED' check (status in ('DRAFT', 'PUBLISHED')),
    add column version integer not null default 0;
