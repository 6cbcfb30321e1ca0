-- Editors keep the offices current: an office is a draft until published, and only published offices are
-- public (or can be chosen on the question form). The version is the editor's ETag (If-Match on changes).
alter table location
    add column status  text    not null default 'PUBLISHED' check (status in ('DRAFT', 'PUBLISHED')),
    add column version integer not null default 0;
