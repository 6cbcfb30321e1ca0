package com.caringmedical.clinic.web.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * One page of a list, with what a client needs to page through the rest.
 */
public record PageView<T>(
        @Schema(description = "The items on this page.") List<T> items,
        @Schema(description = "This page's number, from 1.", examples = "1") int page,
        @Schema(description = "The page size asked for.", examples = "20") int size,
        @Schema(description = "Items on all pages together.", examples = "8") long totalItems,
        @Schema(description = "Number of pages (0 when there are no items).", examples = "1") int totalPages) {

    public static <T> PageView<T> of(List<T> items, PageParams params, long totalItems) {
        int totalPages = (int) ((totalItems + params.size() - 1) / params.size());
        return new PageView<>(items, params.page(), params.size(), totalItems, totalPages);
    }

    /** The same page with other items in their place: views made from this page's entities all at once. */
    public <U> PageView<U> withItems(Function<List<T>, List<U>> toViews) {
        return new PageView<>(toViews.apply(items), page, size, totalItems, totalPages);
    }

    /** Runs the query for the requested page, maps its entities to views and counts all matches. */
    public static <E, T> PageView<T> fetch(PanacheQuery<E> query, PageParams params, Function<E, T> toView) {
        long first = params.offset();
        List<T> items = first > Integer.MAX_VALUE - params.size() ? List.of() // past the end of any table
                : query.range((int) first, (int) first + params.size() - 1).list().stream().map(toView).toList();
        return of(items, params, query.count());
    }
}
