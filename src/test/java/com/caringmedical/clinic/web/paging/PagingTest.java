package com.caringmedical.clinic.web.paging;

import static com.caringmedical.clinic.web.openapi.ApiContract.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Paging through the eight treatment options three at a time. */
@QuarkusTest
class PagingTest {

    @Test
    void firstPageLinksToNextAndLast() {
        Response response = api().queryParam("size", 3).get("/treatments");
        response.then().statusCode(200)
                .body("items", hasSize(3)).body("page", equalTo(1)).body("size", equalTo(3))
                .body("totalItems", equalTo(8)).body("totalPages", equalTo(3));
        assertEquals(Map.of("first", 1, "next", 2, "last", 3), linkedPages(response));
    }

    @Test
    void middlePageLinksBothWays() {
        Response response = api().queryParam("size", 3).queryParam("page", 2).get("/treatments");
        response.then().statusCode(200).body("items", hasSize(3));
        assertEquals(Map.of("first", 1, "prev", 1, "next", 3, "last", 3), linkedPages(response));
    }

    @Test
    void lastPageHoldsTheRemainderAndHasNoNext() {
        Response response = api().queryParam("size", 3).queryParam("page", 3).get("/treatments");
        response.then().statusCode(200).body("items", hasSize(2));
        assertEquals(Map.of("first", 1, "prev", 2, "last", 3), linkedPages(response));
    }

    @Test
    void pagePastTheEndIsEmptyAndPointsBackToTheLast() {
        Response response = api().queryParam("size", 3).queryParam("page", 9).get("/treatments");
        response.then().statusCode(200).body("items", hasSize(0)).body("page", equalTo(9));
        assertEquals(Map.of("first", 1, "prev", 3, "last", 3), linkedPages(response));
    }

    @Test
    void linksKeepTheOtherQueryParameters() {
        String link = api().queryParam("size", 1).queryParam("sort", "-name").get("/treatments").header("Link");
        Matcher next = Pattern.compile("<([^>]*)>; rel=\"next\"").matcher(link);
        next.find();
        api().get(next.group(1).replaceFirst("^https?://[^/]+", ""))
                .then().statusCode(200)
                .body("page", equalTo(2)).body("size", equalTo(1))
                .body("items.slug", contains("stem-cell-therapy"));
    }

    @Test
    void emptyListHasOnlyFirstAndLastPage() {
        Response response = api().queryParam("topic", "knee-pain").get("/articles");
        response.then().statusCode(200).body("totalPages", equalTo(0));
        assertEquals(Map.of("first", 1, "last", 1), linkedPages(response));
    }

    /** The Link header as relation to page number. */
    static Map<String, Integer> linkedPages(Response response) {
        Map<String, Integer> pages = new LinkedHashMap<>();
        Matcher link = Pattern.compile("<[^>]*[?&]page=(\\d+)[^>]*>; rel=\"(\\w+)\"").matcher(response.header("Link"));
        while (link.find()) {
            pages.put(link.group(2), Integer.parseInt(link.group(1)));
        }
        return pages;
    }
}
