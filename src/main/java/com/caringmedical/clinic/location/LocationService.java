package com.caringmedical.clinic.location;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;

import org.jboss.logging.Logger;

import io.quarkus.panache.common.Sort;

import com.caringmedical.clinic.web.IfMatch;
import com.caringmedical.clinic.web.InvalidFieldsException;
import com.caringmedical.clinic.web.PageParams;
import com.caringmedical.clinic.web.PageView;
import com.caringmedical.clinic.web.Problem;
import com.caringmedical.clinic.web.ProblemException;
import com.caringmedical.clinic.web.ProblemType;
import com.caringmedical.clinic.web.SortOrder;

/** The clinic's offices: published ones for everyone, drafts too for editors. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LocationService {

    private static final Logger LOG = Logger.getLogger(LocationService.class);

    static final Map<String, String> SORT_FIELDS = SortOrder.fields("name", "name", "slug", "slug", "city", "address.city");
    static final String DEFAULT_SORT = "name";

    /** An office as an editor sees it, with the tag of its current version. */
    public record Edited(LocationForm location, EntityTag tag) {
    }

    static final class SlugTaken extends ProblemException {
        SlugTaken(String slug) {
            super(ProblemType.ALREADY_EXISTS, "An office with the slug '" + slug + "' exists already.");
        }
    }

    static final class StillReferred extends ProblemException {
        StillReferred(long questions) {
            super(ProblemType.CONFLICT, questions + " patient question(s) name this office, so it cannot be "
                    + "deleted; set its status to DRAFT to take it off the public API instead.");
        }
    }

    private final LocationRepository locations;

    LocationService(LocationRepository locations) {
        this.locations = locations;
    }

    public PageView<LocationView> list(PageParams page, String sort) {
        return PageView.fetch(locations.findPublished(SortOrder.parse(sort, SORT_FIELDS, DEFAULT_SORT)),
                page, LocationMapper::toView);
    }

    /** Published offices nearest first (then by name), each with its distance from {@code near}. */
    public PageView<LocationView> listNearest(GeoPoint near, PageParams page) {
        Instant now = Instant.now();
        List<LocationView> nearestFirst = locations.findPublished(Sort.by("name")).list().stream()
                .map(location -> LocationMapper.toView(location, now, near))
                .sorted(Comparator.comparingDouble(LocationView::distanceKm))
                .toList();
        int from = (int) Math.min(page.offset(), nearestFirst.size());
        int to = Math.min(from + page.size(), nearestFirst.size());
        return PageView.of(nearestFirst.subList(from, to), page, nearestFirst.size());
    }

    public Optional<LocationView> find(String slug) {
        return locations.findPublishedBySlug(slug).map(LocationMapper::toView);
    }

    /** A published office, for features that refer to one (a question names the office it is for). */
    public Optional<Location> findEntity(String slug) {
        return locations.findPublishedBySlug(slug);
    }

    /** For editors: every office, drafts included. */
    public PageView<LocationForm> listForEditors(PageParams page, String sort) {
        return PageView.fetch(locations.findAll(SortOrder.parse(sort, SORT_FIELDS, DEFAULT_SORT)), page,
                LocationForm::of);
    }

    public Optional<Edited> findForEditors(String slug) {
        return locations.findBySlug(slug).map(LocationService::edited);
    }

    @Transactional
    public Edited create(LocationForm form, String editor) {
        check(form);
        if (locations.findBySlug(form.slug()).isPresent()) {
            throw new SlugTaken(form.slug());
        }
        Location location = new Location(form);
        locations.persist(location);
        locations.flush();
        LOG.infof("Editor '%s' created the office '%s' (%s)", editor, location.slug(), location.status());
        return edited(location);
    }

    /** Replaces an office if {@code ifMatch} names its current version; empty when there is no such office. */
    @Transactional
    public Optional<Edited> replace(String slug, String ifMatch, LocationForm form, String editor) {
        return locations.findBySlugForUpdate(slug).map(location -> {
            IfMatch.check(ifMatch, tagOf(location));
            check(form);
            if (!form.slug().equals(slug) && locations.slugTakenByAnother(form.slug(), location)) {
                throw new SlugTaken(form.slug());
            }
            location.apply(form);
            locations.flush();
            LOG.infof("Editor '%s' changed the office '%s' (%s)", editor, location.slug(), location.status());
            return edited(location);
        });
    }

    /** Deletes an office no question names; false when there is no such office. */
    @Transactional
    public boolean delete(String slug, String ifMatch, String editor) {
        return locations.findBySlugForUpdate(slug).map(location -> {
            IfMatch.check(ifMatch, tagOf(location));
            long questions = locations.countQuestionsFor(location);
            if (questions > 0) {
                throw new StillReferred(questions);
            }
            locations.delete(location);
            LOG.infof("Editor '%s' deleted the office '%s'", editor, slug);
            return true;
        }).orElse(false);
    }

    /** Rules Bean Validation cannot express: a real time zone, and hours that close after they open. */
    private static void check(LocationForm form) {
        List<Problem.FieldError> errors = new ArrayList<>();
        try {
            ZoneId.of(form.timeZone());
        } catch (DateTimeException e) {
            errors.add(new Problem.FieldError("timeZone", "must be an IANA time zone such as America/Chicago"));
        }
        for (int i = 0; i < form.openingHours().size(); i++) {
            LocationForm.HoursForm hours = form.openingHours().get(i);
            if (!LocalTime.parse(hours.closes()).isAfter(LocalTime.parse(hours.opens()))) {
                errors.add(new Problem.FieldError("openingHours[" + i + "].closes", "must be after opens"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }

    private static Edited edited(Location location) {
        return new Edited(LocationForm.of(location), tagOf(location));
    }

    private static EntityTag tagOf(Location location) {
        return IfMatch.versionTag(location.version());
    }
}
