package com.caringmedical.clinic.location;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.caringmedical.clinic.schemaorg.SchemaOrg;
import com.caringmedical.clinic.web.caching.CachedContent;
import com.caringmedical.clinic.web.caching.Negotiation;
import com.caringmedical.clinic.web.paging.PageParams;
import com.caringmedical.clinic.web.paging.PageView;
import com.caringmedical.clinic.web.paging.PagedResponse;
import com.caringmedical.clinic.web.paging.UpdatedSince;
import com.caringmedical.clinic.web.problem.InvalidParameterException;
import com.caringmedical.clinic.web.problem.NotFoundProblem;

@CachedContent(minuteByMinute = true)
@Path("/locations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Locations", description = "The clinic's offices: address, phone, position and opening hours.")
public class LocationResource {

    private final LocationService locations;

    LocationResource(LocationService locations) {
        this.locations = locations;
    }

    @GET
    @Operation(operationId = "listLocations", summary = "List the clinic's offices",
            description = "Published offices by name, or nearest first with distanceKm when near is given; each says "
                    + "whether it is open now in its own time zone.")
    public RestResponse<PageView<LocationView>> list(@Valid @BeanParam PageParams page,
            @BeanParam UpdatedSince updated,

            @QueryParam("sort") @Parameter(description = "Sort keys: name, slug, city; prefix '-' for descending; "
                    + "comma-separated. Default: name. Not with near.", example = "city") String sort,
            @QueryParam("near") @Parameter(description = "latitude,longitude in degrees: offices nearest first, each "
                    + "with distanceKm. Example: 41.88,-87.78") String near,
            @Context UriInfo uri) {
        if (near == null) {
            return PagedResponse.ok(locations.list(updated.since(), page, sort), uri);
        }
        if (sort != null) {
            throw new InvalidParameterException("sort", "cannot be combined with near, which orders by distance");
        }
        return PagedResponse.ok(locations.listNearest(updated.since(), GeoPoint.parse("near", near), page), uri);
    }

    @GET
    @Path("/{slug}")
    @Produces({ MediaType.APPLICATION_JSON, SchemaOrg.MEDIA_TYPE })
    @Operation(operationId = "getLocation", summary = "Get one office",
            description = "With Accept: application/ld+json, the office as schema.org MedicalClinic JSON-LD (address, "
                    + "position, opening hours, phone and fax) for the page to embed.")
    @APIResponse(responseCode = "200", description = "The office, or its structured data.", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LocationView.class)),
        @Content(mediaType = SchemaOrg.MEDIA_TYPE, schema = @Schema(implementation = SchemaOrg.MedicalClinic.class)) })
    public Response get(@PathParam("slug") @Parameter(example = "oak-park") String slug, @Context Request request) {
        LocationView location = locations.find(slug).orElseThrow(() -> new NotFoundProblem("location", slug));
        String type = Negotiation.choose(request, MediaType.APPLICATION_JSON, SchemaOrg.MEDIA_TYPE);
        return Response.ok(type.equals(SchemaOrg.MEDIA_TYPE) ? LocationJsonLd.of(location) : location, type).build();
    }
}
