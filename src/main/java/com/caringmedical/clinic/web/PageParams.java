package com.caringmedical.clinic.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page} and {@code size} query parameters every list takes.
 */
public class PageParams {

    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("1")
    @Min(1)
    @Parameter(description = "Page number, starting at 1. A page past the last one is empty.", example = "1")
    Integer page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Items per page, 1 to 100.", example = "20")
    Integer size;

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    /** Zero-based index of the page, as Panache counts. */
    public int index() {
        return page - 1;
    }
}
