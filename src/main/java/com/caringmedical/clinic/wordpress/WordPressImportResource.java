package com.caringmedical.clinic.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.caringmedical.clinic.staff.StaffRole;
import com.caringmedical.clinic.web.http.OwnBodyLimit;
import com.caringmedical.clinic.web.paging.PageParams;
import com.caringmedical.clinic.web.paging.PageView;
import com.caringmedical.clinic.web.paging.PagedResponse;
import com.caringmedical.clinic.web.problem.NotFoundProblem;
import com.caringmedical.clinic.web.problem.Problem;
import com.caringmedical.clinic.web.problem.RequestTooLarge;

/** Admins move a WordPress site in: its posts, images, authors and references, and its old addresses. */
@Path("/imports")
@RolesAllowed(StaffRole.ADMIN)
@Tag(name = "WordPress import", description = "For admins: import a WordPress site through its REST API or an "
        + "export file, as a job; importing again updates what changed there and leaves what editors changed here.")
public class WordPressImportResource {

    private static final String WXR = "application/rss+xml";
    private static final String SUMMARY = "Import a WordPress site, through its REST API or an export file (admin)";
    private static final String DESCRIPTION = "Queues the import and answers at once; follow it at Location. Send "
            + "JSON to read the site's REST API: the site must be on a public address, or on one listed in "
            + "clinic.import.allowed-hosts. Or send the file WordPress writes at Tools > Export (WXR, "
            + "application/rss+xml), up to clinic.import.max-export-size; its images are downloaded from the addresses "
            + "it names, under the same rules. Importing again updates what changed in WordPress and never what "
            + "editors changed here.";

    private final ImportService imports;
    private final ImportConfig config;

    WordPressImportResource(ImportService imports, ImportConfig config) {
        this.imports = imports;
        this.config = config;
    }

    @POST
    @Path("/wordpress")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importWordPress", summary = SUMMARY, description = DESCRIPTION)
    @Parameter(name = "publish", in = ParameterIn.QUERY, example = "false", schema = @Schema(type = SchemaType.BOOLEAN),
            description = "With an export file: publish what was published in WordPress (with JSON, the body's "
                    + "publish says it).")
    @Parameter(name = "includePages", in = ParameterIn.QUERY, example = "false",
            schema = @Schema(type = SchemaType.BOOLEAN), description = "With an export file: import pages too.")
    @RequestBody(content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportRequest.class)),
            @Content(mediaType = WXR, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "202", description = "Queued; Location is where it can be followed.",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING,
                    examples = "/imports/5b0c8b5e-6f7e-4a8c-9d0e-2f1a3b4c5d6e")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "400", description = "The site's address is not one the import may read, or the body is "
            + "not a WordPress export file.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "An import of this site is queued or running.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The export file is larger than clinic.import.max-export-size.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ImportJobView> importSite(
            @Valid @NotNull(message = "a JSON object is required") ImportRequest request,
            @Context SecurityContext security) {
        return accepted(imports.startSite(request, security.getUserPrincipal().getName()));
    }

    /** The same operation with an export file as the body: the OpenAPI document shows both bodies on the one above. */
    @POST
    @Path("/wordpress")
    @Consumes({ WXR, MediaType.APPLICATION_XML, MediaType.TEXT_XML })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public RestResponse<ImportJobView> importExport(
            @QueryParam("publish") @DefaultValue("false") boolean publish,
            @QueryParam("includePages") @DefaultValue("false") boolean includePages,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) @Parameter(hidden = true) String declaredLength,
            @OwnBodyLimit InputStream body,
            @Context SecurityContext security) throws IOException {
        return accepted(imports.startExport(read(body, declaredLength), publish, includePages,
                security.getUserPrincipal().getName()));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listImports", summary = "List imports, newest first (admin)",
            description = "Each with its state and progress; GET /imports/{id} adds a line per item.")
    public RestResponse<PageView<ImportJobView>> list(@Valid @BeanParam PageParams page, @Context UriInfo uri) {
        return PagedResponse.ok(imports.list(page), uri);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getImport", summary = "Follow an import (admin)",
            description = "Its state, progress per kind (created, updated, unchanged, skipped, failed) and a line per "
                    + "item with what became of it and what an editor should look at.")
    @APIResponse(responseCode = "200", description = "The import as it stands.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "404", description = "No import has that id.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportJobView get(@PathParam("id") @Parameter(example = "5b0c8b5e-6f7e-4a8c-9d0e-2f1a3b4c5d6e") UUID id) {
        return imports.find(id).orElseThrow(() -> new NotFoundProblem("import", id));
    }

    private static RestResponse<ImportJobView> accepted(ImportJobView job) {
        return RestResponse.ResponseBuilder.create(RestResponse.Status.ACCEPTED, job)
                .header(HttpHeaders.LOCATION, "/imports/" + job.id()).build();
    }

    /** The export file, refused as soon as it says or shows that it is larger than the limit. */
    private byte[] read(InputStream body, String declaredLength) throws IOException {
        long limit = config.maxExportSize().asLongValue();
        if (declaredLength != null && declaredLength.matches("[0-9]{1,18}") && Long.parseLong(declaredLength) > limit) {
            throw new RequestTooLarge(limit);
        }
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            throw new RequestTooLarge(limit);
        }
        return bytes;
    }
}
