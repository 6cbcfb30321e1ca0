-- Every instance keeps the serialized answers of public reads in memory (web.ContentCache). When public content
-- changes, whichever instance or tool changed it, the database tells every instance: each statement on a content
-- table sends a notification on the channel content_changed. PostgreSQL delivers notifications only when the
-- transaction commits (never for a rollback) and folds identical ones in one transaction into one, so an editor's
-- save is one message however many rows it touched. Instances LISTEN on a connection of their own and empty their
-- cache when a message comes, or when that connection is lost.

create function content_changed() returns trigger
    language plpgsql as $$
begin
    perform pg_notify('content_changed', '');
    return null;
end;
$$;

create trigger reference_changed after insert or update or delete or truncate on reference
    for each statement execute function content_changed();
create trigger reference_author_changed after insert or update or delete or truncate on reference_author
    for each statement execute function content_changed();
create trigger treatment_changed after insert or update or delete or truncate on treatment
    for each statement execute function content_changed();
create trigger treatment_evidence_changed after insert or update or delete or truncate on treatment_evidence
    for each statement execute function content_changed();
create trigger location_changed after insert or update or delete or truncate on location
    for each statement execute function content_changed();
create trigger location_opening_hours_changed after insert or update or delete or truncate on location_opening_hours
    for each statement execute function content_changed();
create trigger article_changed after insert or update or delete or truncate on article
    for each statement execute function content_changed();
create trigger article_section_changed after insert or update or delete or truncate on article_section
    for each statement execute function content_changed();
create trigger article_reference_changed after insert or update or delete or truncate on article_reference
    for each statement execute function content_changed();
create trigger article_treatment_changed after insert or update or delete or truncate on article_treatment
    for each statement execute function content_changed();
