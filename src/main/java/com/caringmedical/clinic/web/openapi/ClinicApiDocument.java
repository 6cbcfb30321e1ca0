package com.caringmedical.clinic.web.openapi;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import com.caringmedical.clinic.web.problem.Problem;

/**
 * The API's document-level OpenAPI definitions: the shared responses and headers that
 * {@link OpenApiContract} attaches to each operation.
 */
@OpenAPIDefinition(
        info = @Info(title = "Clinic content-and-inquiry API", version = "1.0.0"),
        servers = @Server(url = "/", description = "This service, where the document is served"),
        tags = @Tag(name = ClinicApiDocument.CONTENT_EDITING, description = "For signed-in editors (Authorize): "
                + "create, change and delete content. New content is a DRAFT until its status is PUBLISHED; the "
                + "public API shows published content only, and a change is public (with a new ETag) as soon as it "
                + "is saved. Changes need If-Match with the ETag from the editor's GET."),
        components = @Components(
                schemas = {
                        @Schema(name = "CslJson", type = SchemaType.ARRAY, implementation = Object.class,
                                description = "CSL-JSON (citationstyles.org): an array of CSL items, one per "
                                        + "reference, each with the citation key as its id."),
                        @Schema(name = "BibTeX", type = SchemaType.STRING,
                                description = "BibTeX: one @article entry per reference, keyed like jeon2012spinal.",
                                examples = "@article{jeon2012spinal,\n\tauthor = {Jeon, Y. H.},\n\t...\n}"),
                        @Schema(name = "Ris", type = SchemaType.STRING,
                                description = "RIS: one JOUR record per reference, CRLF line ends.",
                                examples = "TY  - JOUR\r\nAU  - Jeon, Y. H.\r\n...\r\nER  - \r\n")
                },
                headers = {
                        @Header(name = "ETag", description = "Strong validator of the body; send it back in If-None-Match.",
                                schema = @Schema(type = SchemaType.STRING, examples = "\"jUWgWZrqrdI0V_XvBcqwkZtq\"")),
                        @Header(name = "Cache-Control", description = "How long caches may keep the answer.",
                                schema = @Schema(type = SchemaType.STRING, examples = "public, max-age=300")),
                        @Header(name = "Link", description = "RFC 8288 links to the first, prev, next and last pages.",
                                schema = @Schema(type = SchemaType.STRING,
                                        examples = "<https://api.example.org/articles?page=1>; rel=\"first\""))
                },
                responses = {
                        @APIResponse(name = OpenApiContract.NOT_MODIFIED, responseCode = "304",
                                description = "The If-None-Match tag still matches; no body.",
                                headers = {@Header(name = "ETag", ref = "ETag"),
                                        @Header(name = "Cache-Control", ref = "Cache-Control")}),
                        @APIResponse(name = OpenApiContract.BAD_REQUEST, responseCode = "400",
                                description = "A parameter is invalid; errors lists each one.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = OpenApiContract.UNAUTHORIZED, responseCode = "401",
                                description = "No or wrong staff credentials; sign in with HTTP Basic.",
                                headers = @Header(name = "WWW-Authenticate", description = "The Basic challenge.",
                                        schema = @Schema(type = SchemaType.STRING,
                                                examples = "Basic realm=\"Clinic staff\", charset=\"UTF-8\"")),
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = OpenApiContract.FORBIDDEN, responseCode = "403",
                                description = "Signed in, but the account's role does not allow this operation.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = OpenApiContract.NOT_FOUND, responseCode = "404",
                                description = "Nothing exists with that slug or id.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = OpenApiContract.NOT_ACCEPTABLE, responseCode = "406",
                                description = "The Accept header allows no media type this operation produces.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = OpenApiContract.PRECONDITION_FAILED, responseCode = "412",
                                description = "If-Match names a version that is no longer current: someone changed "
                                        + "it since your read. Read it again and repeat the change if it still applies.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = OpenApiContract.PRECONDITION_REQUIRED, responseCode = "428",
                                description = "If-Match is missing: send the ETag of your last read.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = OpenApiContract.PAYLOAD_TOO_LARGE, responseCode = "413",
                                description = "The request body is over the size limit for this operation.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = OpenApiContract.UNSUPPORTED_MEDIA_TYPE, responseCode = "415",
                                description = "The body's Content-Type is not one this operation reads.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = OpenApiContract.SERVER_ERROR, responseCode = "500",
                                description = "An unexpected failure; detail carries an incident id, never internals.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class)))
                }))
public class ClinicApiDocument extends Application {

    /** The tag of the editors' operations, one resource per kind of content. */
    public static final String CONTENT_EDITING = "Content editing";
}
