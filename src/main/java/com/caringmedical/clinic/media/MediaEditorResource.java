package com.caringmedical.clinic.media;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.caringmedical.clinic.editing.ContentEditor;
import com.caringmedical.clinic.editing.EditorResponses;
import com.caringmedical.clinic.staff.StaffRole;
import com.caringmedical.clinic.web.caching.ChangesContent;
import com.caringmedical.clinic.web.openapi.ClinicApiDocument;
import com.caringmedical.clinic.web.paging.PageParams;
import com.caringmedical.clinic.web.paging.PageView;
import com.caringmedical.clinic.web.paging.PagedResponse;
import com.caringmedical.clinic.web.problem.InvalidFieldsException;
import com.caringmedical.clinic.web.problem.Problem;

/** Editors upload images, change their texts and delete the ones nothing shows. */
@ChangesContent
@Path("/editor/media")
@RolesAllowed(StaffRole.EDITOR)
@Tag(name = ClinicApiDocument.CONTENT_EDITING)
public class MediaEditorResource {

    private static final String KIND = "image";
    private static final String PROBLEM = Problem.MEDIA_TYPE;

    private final MediaService media;
    private final MediaEditing images;
    private final ContentEditor editor;

    MediaEditorResource(MediaService media, MediaEditing images, ContentEditor editor) {
        this.media = media;
        this.images = images;
        this.editor = editor;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listEditableMedia", summary = "List every image, newest first (editor)",
            description = "Each item is what GET /editor/media/{id} returns, with what content shows it.")
    public RestResponse<PageView<MediaEditorView>> list(@Valid @BeanParam PageParams page, @Context UriInfo uri) {
        return PagedResponse.ok(media.listForEditors(page), uri);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getEditableMedia", summary = "Read an image to edit it (editor)",
            description = "The ETag names this version: send it as If-Match with the PUT or DELETE.")
    public RestResponse<MediaEditorView> get(@PathParam("id") @Parameter(example = "42") long id) {
        return EditorResponses.found(media.editorView(editor.find(images, id)), KIND, id);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "uploadMedia", summary = "Upload an image (editor)",
            description = "multipart/form-data with the image as the part file, and alt (required unless decorative), "
                    + "caption, credit and decorative. JPEG, PNG and WebP are taken, judged by the file's content. "
                    + "The image is turned upright (EXIF orientation) and stored as variants 320, 640, 1024 and 1600 "
                    + "pixels wide (never wider than the image), each as WebP and as JPEG or PNG. Every variant is "
                    + "re-encoded from pixels: no EXIF, GPS or other metadata is kept, nor the uploaded file. An "
                    + "instance processes one upload at a time; others wait up to 20 s, then get 503.")
    @APIResponse(responseCode = "201", description = "Stored; Location points to the editor's copy.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, examples = "\"v0\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MediaEditorView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid (errors names it), or the file cannot be "
            + "read (truncated or damaged).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The file is over the size limit, or the image over the pixel "
            + "or side limit (read from its header, before decoding).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The file is not a JPEG, PNG or WebP image, or the body is not "
            + "multipart/form-data.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "This instance is busy with other uploads; try again after "
            + "Retry-After seconds.",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER, examples = "10")),
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MediaEditorView> upload(UploadForm form, @Context SecurityContext security,
            @Context UriInfo uri) {
        if (form == null || form.file == null) {
            throw new InvalidFieldsException(List.of(new Problem.FieldError("file",
                    "must be a part holding the image")));
        }
        return EditorResponses.created(media.upload(form.file.uploadedFile(), form.file.size(), form.texts(),
                security.getUserPrincipal().getName()), uri);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceMediaTexts", summary = "Change an image's texts (editor)",
            description = "Replaces alt, caption, credit and decorative; the pixels never change (upload a new image "
                    + "instead).")
    @APIResponse(responseCode = "200", description = "The image as saved, with its new ETag.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, examples = "\"v1\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MediaEditorView.class)))
    public RestResponse<MediaEditorView> replace(@PathParam("id") @Parameter(example = "42") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag from your last read.",
                    example = "\"v0\"") String ifMatch,
            @Valid @NotNull(message = "a JSON object is required") MediaForm form,
            @Context SecurityContext security) {
        return EditorResponses.found(media.editorView(
                editor.replace(images, id, ifMatch, form, security.getUserPrincipal().getName())), KIND, id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteMedia", summary = "Delete an image (editor)",
            description = "Only an image no content shows (usedBy is empty); its variants go with it, and their URLs "
                    + "answer 404 (caches may still hold them until they expire).")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", description = "Content shows this image; detail names it.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = "42") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag from your last read.",
                    example = "\"v0\"") String ifMatch,
            @Context SecurityContext security) {
        return EditorResponses.deleted(editor.delete(images, id, ifMatch, security.getUserPrincipal().getName()),
                KIND, id);
    }
}
