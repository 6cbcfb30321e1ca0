-- Every kind of public content says when it last changed (articles did already): for the sitemap's lastmod, the
-- Atom feed and apps that sync. Hibernate sets the time on every save (@UpdateTimestamp). What exists now gets the
-- time of this migration: it changed then or before.

alter table treatment add column updated_at timestamptz not null default now();
alter table location  add column updated_at timestamptz not null default now();
alter table author    add column updated_at timestamptz not null default now();
alter table reference add column updated_at timestamptz not null default now();

alter table treatment alter column updated_at drop default;
alter table location  alter column updated_at drop default;
alter table author    alter column updated_at drop default;
alter table reference alter column updated_at drop default;
