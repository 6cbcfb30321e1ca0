package com.caringmedical.clinic.location;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.caringmedical.clinic.web.PageParams;
import com.caringmedical.clinic.web.PageView;
import com.caringmedical.clinic.web.SortOrder;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

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
        PanacheQuery<Location> query = locations.findAll(SortOrder.parse(sort, SORT_FIELDS, DEFAULT_SORT, "id"))
                .page(page.index(), page.size());
        return PageView.of(query.list().stream().map(LocationMapper::toView).toList(), page, query.count());
    }

    public Optional<LocationView> find(String slug) {
        return locations.findBySlug(slug).map(LocationMapper::toView);
    }
}
