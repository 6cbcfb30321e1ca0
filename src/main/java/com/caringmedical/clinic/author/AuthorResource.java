package com.caringmedical.clinic.author;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.caringmedical.clinic.web.caching.CachedContent;
import com.caringmedical.clinic.web.paging.PageParams;
import com.caringmedical.clinic.web.paging.PageView;
import com.caringmedical.clinic.web.paging.PagedResponse;
import com.caringmedical.clinic.web.paging.UpdatedSince;
import com.caringmedical.clinic.web.problem.NotFoundProblem;

@CachedContent
@Path("/authors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authors", description = "Who writes and who medically reviews the clinic's articles.")
public class AuthorResource {

    private final AuthorService authors;

    AuthorResource(AuthorService authors) {
        this.authors = authors;
    }

    @GET
    @Operation(operationId = "listAuthors", summary = "List authors and medical reviewers",
            description = "Published profiles, by name unless sorted otherwise.")
    public RestResponse<PageView<AuthorSummaryView>> list(@Valid @BeanParam PageParams page,
            @BeanParam UpdatedSince updated,

            @QueryParam("sort") @Parameter(description = "Sort keys: name, slug; prefix '-' for descending. "
                    + "Default: name.", example = "-name") String sort,
            @Context UriInfo uri) {
        return PagedResponse.ok(authors.list(updated.since(), page, sort), uri);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getAuthor", summary = "Get an author's profile and articles",
            description = "Name, credentials, role, biography, profile links, and the published articles they wrote "
                    + "and those they medically reviewed.")
    public AuthorView get(@PathParam("slug") @Parameter(example = "ross-hauser") String slug) {
        return authors.find(slug).orElseThrow(() -> new NotFoundProblem("author", slug));
    }
}
