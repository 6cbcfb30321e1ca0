-- Content shows images from the media library: an article, a treatment option and an office a featured image,
-- an author a photo. The library refuses to delete an image that content shows (MediaUsers); the foreign keys
-- hold the same line against anything else.

alter table article add column featured_image_id bigint references media (id);
alter table treatment add column featured_image_id bigint references media (id);
alter table location add column featured_image_id bigint references media (id);
alter table author add column photo_id bigint references media (id);

create index article_featured_image_idx on article (featured_image_id);
create index treatment_featured_image_idx on treatment (featured_image_id);
create index location_featured_image_idx on location (featured_image_id);
create index author_photo_idx on author (photo_id);
