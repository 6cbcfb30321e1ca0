package com.caringmedical.clinic.location;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.caringmedical.clinic.web.PageParams;
import com.caringmedical.clinic.web.PageView;
import com.caringmedical.clinic.web.SortOrder;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LocationService {

    static final Map<String, String> SORT_FIELDS = SortOrder.fields("name", "name", "slug", "slug", "city", "address.city");
    static final String DEFAULT_SORT = "name";

    private final LocationRepository locations;

    LocationService(LocationRepository locations) {
        this.locations = locations;
    }

    public PageView<LocationView> list(PageParams page, String sort) {
        return PageView.fetch(locations.findAll(SortOrder.parse(sort, SORT_FIELDS, DEFAULT_SORT)),
                page, LocationMapper::toView);
    }

    public Optional<LocationView> find(String slug) {
        return locations.findBySlug(slug).map(LocationMapper::toView);
    }

    /** The office itself, for features that refer to one (a question names the office it is for). */
    public Optional<Location> findEntity(String slug) {
        return locations.findBySlug(slug);
    }
}
