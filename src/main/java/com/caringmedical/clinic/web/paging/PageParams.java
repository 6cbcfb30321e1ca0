package com.caringmedical.clinic.web.paging;

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

    /**
     * How many items come before this page. A long: with {@code page} up to 2^31 - 1 it may exceed any int (it
     * then lies past the end of every list, and the page is empty).
     */
    public long offset() {
        return (long) (page - 1) * size;
    }
}
