-- Citations are rendered from the bibliographic fields by citeproc-java in whichever style a client asks for, so
-- the stored AMA text goes. Articles published online ahead of print are dated to the day, which AMA style shows.
alter table reference
    add column day integer check (day between 1 and 31),
    add constraint reference_day_needs_month check (day is null or month is not null),
    drop column ama_citation;

update reference set day = 3 where doi = '10.1111/papr.12035';
update reference set day = 8 where doi = '10.1111/j.1526-4637.2012.01463.x';
