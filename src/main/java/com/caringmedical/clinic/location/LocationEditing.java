package com.caringmedical.clinic.location;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import com.caringmedical.clinic.body.BodyFormat;
import com.caringmedical.clinic.editing.Referrers;
import com.caringmedical.clinic.media.MediaService;
import com.caringmedical.clinic.editing.SluggedKind;
import com.caringmedical.clinic.web.problem.InvalidFieldsException;
import com.caringmedical.clinic.web.problem.Problem;
import com.caringmedical.clinic.web.problem.ProblemException;
import com.caringmedical.clinic.web.problem.ProblemType;

/** Offices as editors keep them: named by slug; one that patients' questions name is unpublished, not deleted. */
@Singleton
class LocationEditing extends SluggedKind<Location, LocationForm> {

    static final String AN_ITEM = "An office";

    static final class StillReferred extends ProblemException {
        StillReferred(long questions) {
            super(ProblemType.CONFLICT, questions + " patient question(s) name this office, so it cannot be "
                    + "deleted; set its status to DRAFT to take it off the public API instead.");
        }
    }

    private final LocationRepository locations;
    private final Instance<Referrers<Location>> referrers;
    private final MediaService media;
    private final LocationService views;

    LocationEditing(LocationRepository locations, Instance<Referrers<Location>> referrers, MediaService media,
            LocationService views) {
        super(locations, "office", "locations", LocationForm.class);
        this.locations = locations;
        this.referrers = referrers;
        this.media = media;
        this.views = views;
    }

    @Override
    public Optional<Object> previewOf(Location location, BodyFormat format) {
        return Optional.of(views.view(location));
    }

    @Override
    public LocationForm formOf(Location location) {
        return LocationForm.of(location);
    }

    @Override
    public Location create(LocationForm form) {
        check(form);
        locations.checkSlugFree(form.slug(), null, AN_ITEM);
        Location location = new Location(form);
        locations.persist(location);
        return location;
    }

    @Override
    public void replace(Location location, LocationForm form) {
        check(form);
        locations.checkSlugFree(form.slug(), location, AN_ITEM);
        location.apply(form);
    }

    @Override
    public void delete(Location location) {
        long questions = referrers.stream().mapToLong(referrer -> referrer.countReferring(location, false)).sum();
        if (questions > 0) {
            throw new StillReferred(questions);
        }
        locations.delete(location);
    }

    /** Rules Bean Validation cannot express: a real time zone, hours that close after they open, an image in the library. */
    private void check(LocationForm form) {
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
        if (form.featuredImage() != null && !media.exists(form.featuredImage())) {
            errors.add(new Problem.FieldError("featuredImage", "no media item has the id " + form.featuredImage()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }
}
