package com.caringmedical.clinic.location;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;

import com.caringmedical.clinic.editing.PublishedItem;
import com.caringmedical.clinic.media.MediaService;
import com.caringmedical.clinic.media.MediaView;
import com.caringmedical.clinic.web.caching.ContentCache;
import com.caringmedical.clinic.web.paging.PageParams;
import com.caringmedical.clinic.web.paging.PageView;
import com.caringmedical.clinic.web.paging.SortOrder;

/** The clinic's offices: published ones for everyone, drafts too for editors. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LocationService {

    private static final Logger LOG = Logger.getLogger(LocationService.class);

    static final Map<String, String> SORT_FIELDS = SortOrder.fields("name", "name", "slug", "slug", "city", "address.city");
    static final String DEFAULT_SORT = "name";
    private static final String PUBLISHED_IDS = "location:published-ids";

    private final LocationRepository locations;
    private final ContentCache cache;

    private final MediaService media;

    LocationService(LocationRepository locations, ContentCache cache, MediaService media) {
        this.locations = locations;
        this.cache = cache;
        this.media = media;
    }

    /** Every published office's slug and last save, for the sitemap. */
    public List<PublishedItem> published() {
        return locations.findAllPublished();
    }

    public PageView<LocationView> list(Instant updatedSince, PageParams page, String sort) {
        Instant now = Instant.now();
        PageView<Location> found = PageView.fetch(locations.findPublished(updatedSince, SortOrder.parse(sort, SORT_FIELDS,
                DEFAULT_SORT)), page, location -> location);
        Map<Long, MediaView> images = imagesOf(found.items());
        return found.withItems(list -> list.stream()
                .map(location -> LocationMapper.toView(location, now, null, images)).toList());
    }

    /** Published offices nearest first (then by name), each with its distance from {@code near}. */
    public PageView<LocationView> listNearest(Instant updatedSince, GeoPoint near, PageParams page) {
        Instant now = Instant.now();
        List<Location> offices = locations.findPublished(updatedSince, Sort.by("name")).list();
        Map<Long, MediaView> images = imagesOf(offices);
        List<LocationView> nearestFirst = offices.stream()
                .map(location -> LocationMapper.toView(location, now, near, images))
                .sorted(Comparator.comparingDouble(LocationView::distanceKm))
                .toList();
        int from = (int) Math.min(page.offset(), nearestFirst.size());
        int to = Math.min(from + page.size(), nearestFirst.size());
        return PageView.of(nearestFirst.subList(from, to), page, nearestFirst.size());
    }

    public Optional<LocationView> find(String slug) {
        return locations.findPublishedBySlug(slug).map(this::view);
    }

    /** The office as the public sees it once published, whatever its status (a preview of a draft). */
    LocationView view(Location location) {
        return LocationMapper.toView(location, Instant.now(), null, imagesOf(List.of(location)));
    }

    private Map<Long, MediaView> imagesOf(List<Location> offices) {
        return media.findAll(offices.stream().map(Location::featuredImage).filter(Objects::nonNull).toList());
    }

    /** A published office, for features that refer to one (a question names the office it is for). */
    public Optional<Location> findEntity(String slug) {
        return locations.findPublishedBySlug(slug);
    }

    /**
     * The id of the published office with this slug. Read from memory while content changes are heard: every
     * question names its office, and there are a handful of them.
     */
    public Optional<Long> publishedId(String slug) {
        Map<String, Long> ids = cache.remembered(PUBLISHED_IDS,
                () -> QuarkusTransaction.requiringNew().call(locations::publishedIdsBySlug));
        return Optional.ofNullable(ids.get(slug));
    }

    /** An office by id, for a new row that refers to it: nothing is read from the database. */
    public Location reference(long id) {
        return locations.getEntityManager().getReference(Location.class, id);
    }

    /** For editors: every office, drafts included. */
    public PageView<LocationForm> listForEditors(PageParams page, String sort) {
        return PageView.fetch(locations.findAll(SortOrder.parse(sort, SORT_FIELDS, DEFAULT_SORT)), page,
                LocationForm::of);
    }
}
