package com.caringmedical.clinic.question.review;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.caringmedical.clinic.notification.DeliveryView;
import com.caringmedical.clinic.question.Question;
import com.caringmedical.clinic.staff.StaffRole;
import com.caringmedical.clinic.web.paging.PageParams;
import com.caringmedical.clinic.web.paging.PageView;
import com.caringmedical.clinic.web.paging.PagedResponse;
import com.caringmedical.clinic.web.problem.NotFoundProblem;
import com.caringmedical.clinic.web.problem.Problem;

/** The staff console's question operations. Every answer holds personal data: private, never stored by caches. */
@Path("/questions")
@RolesAllowed(StaffRole.STAFF)
@Tag(name = "Question review", description = "For signed-in staff (Authorize): find questions, move them through "
        + "NEW → IN_PROGRESS → ANSWERED → CLOSED, assign them, keep notes, check the mail to the clinic, and see "
        + "the history of every read and change. Erasure takes the admin role.")
public class QuestionReviewResource {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String NO_STORE = "no-store";
    private static final String ID_EXAMPLE = "3f2c8a9e-4b7d-4e1a-9c55-0d6f2b8e7a41";
    private static final String SORT_HELP = "Sort keys: receivedAt, status, statusChangedAt; prefix '-' for "
            + "descending; comma-separated. Default: -receivedAt.";

    private final QuestionReviewService review;

    QuestionReviewResource(QuestionReviewService review) {
        this.review = review;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listQuestions", summary = "Find patients' questions (staff)",
            description = "Newest first by default; every filter is optional. Each question shown is recorded in "
                    + "its history.")
    public RestResponse<PageView<QuestionView>> list(@Valid @BeanParam PageParams page,
            @Valid @BeanParam QuestionFilter filter,
            @QueryParam("sort") @Parameter(description = SORT_HELP, example = "-receivedAt") String sort,
            @Context UriInfo uri, @Context SecurityContext security) {
        return PagedResponse.ok(review.list(filter, page, sort, actor(security)), uri);
    }

    @GET
    @Path("/export")
    @Produces(QuestionCsv.MEDIA_TYPE)
    @Operation(operationId = "exportQuestions", summary = "Download the questions a filter finds as CSV (staff)",
            description = "The filters of GET /questions. Cells a spreadsheet would run as a formula start with an "
                    + "apostrophe. Each exported question is recorded in its history.")
    @APIResponse(responseCode = "200", description = "An RFC 4180 CSV file with a header row.",
            headers = {
                @Header(name = "Cache-Control", schema = @Schema(type = SchemaType.STRING, examples = NO_STORE)),
                @Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING,
                        examples = "attachment; filename=\"questions-2026-11-24.csv\"")) },
            content = @Content(mediaType = QuestionCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<String> export(@Valid @BeanParam QuestionFilter filter,
            @QueryParam("sort") @Parameter(description = SORT_HELP, example = "-receivedAt") String sort,
            @Context SecurityContext security) {
        String csv = QuestionCsv.of(review.export(filter, sort, actor(security)));
        return RestResponse.ResponseBuilder.ok(csv, QuestionCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .header("Content-Disposition", "attachment; filename=\"questions-"
                        + LocalDate.now(ZoneOffset.UTC) + ".csv\"")
                .build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getQuestion", summary = "Read one patient's question (staff)",
            description = "The ETag names this version of the question: send it as If-Match to change it.")
    public RestResponse<QuestionView> get(@PathParam("id") @Parameter(example = ID_EXAMPLE) UUID id,
            @Context SecurityContext security) {
        QuestionReviewService.Reviewed found = review.find(id, actor(security))
                .orElseThrow(() -> new NotFoundProblem("question", id));
        return RestResponse.ResponseBuilder.ok(found.question()).header(HttpHeaders.ETAG, found.tag()).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MERGE_PATCH, MediaType.APPLICATION_JSON })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeQuestion", summary = "Change a question's status, assignee or office (staff)",
            description = "A JSON merge patch: send only what changes. Statuses move NEW → IN_PROGRESS → ANSWERED → "
                    + "CLOSED; any status may move to SPAM, and SPAM back to NEW. Needs If-Match with the ETag of "
                    + "your last read.")
    @APIResponse(responseCode = "200", description = "The question as changed, with its new ETag.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, examples = "\"v2\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionView.class)))
    @APIResponse(responseCode = "409", description = "The workflow does not allow this status change.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<QuestionView> change(@PathParam("id") @Parameter(example = ID_EXAMPLE) UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag from your last read.",
                    example = "\"v0\"") String ifMatch,
            @NotNull(message = "a JSON object is required") QuestionChange change,
            @Context SecurityContext security) {
        QuestionReviewService.Reviewed changed = review.update(id, ifMatch, change, actor(security))
                .orElseThrow(() -> new NotFoundProblem("question", id));
        return RestResponse.ResponseBuilder.ok(changed.question()).header(HttpHeaders.ETAG, changed.tag()).build();
    }

    @GET
    @Path("/{id}/notes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listQuestionNotes", summary = "Read the internal notes on a question (staff)",
            description = "Oldest first.")
    public List<NoteView> notes(@PathParam("id") @Parameter(example = ID_EXAMPLE) UUID id,
            @Context SecurityContext security) {
        return review.notes(id, actor(security)).orElseThrow(() -> new NotFoundProblem("question", id));
    }

    @POST
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addQuestionNote", summary = "Add an internal note to a question (staff)",
            description = "Notes are for staff only, never mailed to the patient; they are erased with the patient's data.")
    @APIResponse(responseCode = "201", description = "The note as stored.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoteView.class)))
    public RestResponse<NoteView> addNote(@PathParam("id") @Parameter(example = ID_EXAMPLE) UUID id,
            @Valid @NotNull(message = "a JSON object is required") NoteForm form,
            @Context SecurityContext security, @Context UriInfo uri) {
        NoteView note = review.addNote(id, form, actor(security))
                .orElseThrow(() -> new NotFoundProblem("question", id));
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, note)
                .header(HttpHeaders.LOCATION, uri.getPath()).build();
    }

    @GET
    @Path("/{id}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getQuestionHistory", summary = "Who read or changed a question, and when (staff)",
            description = "Oldest first by default (sort=-occurredAt for newest first).")
    public RestResponse<PageView<QuestionEventView>> history(
            @PathParam("id") @Parameter(example = ID_EXAMPLE) UUID id, @Valid @BeanParam PageParams page,
            @QueryParam("sort") @Parameter(description = "occurredAt or -occurredAt.", example = "occurredAt") String sort,
            @Context UriInfo uri) {
        return PagedResponse.ok(review.history(id, page, sort).orElseThrow(() -> new NotFoundProblem("question", id)),
                uri);
    }

    @GET
    @Path("/{id}/notifications")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listQuestionNotifications", summary = "Delivery state of a question's mails (staff)",
            description = "PENDING mails are retried with growing pauses; DEAD ones gave up and can be retried.")
    public List<DeliveryView> notifications(@PathParam("id") @Parameter(example = ID_EXAMPLE) UUID id) {
        return review.deliveries(id).orElseThrow(() -> new NotFoundProblem("question", id));
    }

    @POST
    @Path("/{id}/notifications/{notificationId}/retry")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "retryQuestionNotification", summary = "Send a mail that gave up again (staff)",
            description = "Puts a DEAD notification back in the queue with a fresh set of attempts.")
    @APIResponse(responseCode = "202", description = "Queued; the relay sends it shortly.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "409", description = "The notification is not DEAD, or it was for a patient whose "
            + "data were erased.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<DeliveryView> retry(@PathParam("id") @Parameter(example = ID_EXAMPLE) UUID id,
            @PathParam("notificationId") @Parameter(example = "5d0f3c2a-7b1e-4f6d-9a8c-3e2b1d0c9f8e") UUID notificationId,
            @Context SecurityContext security) {
        DeliveryView queued = review.retryDelivery(id, notificationId, actor(security))
                .orElseThrow(() -> new NotFoundProblem("notification of this question", notificationId));
        return RestResponse.ResponseBuilder.create(RestResponse.Status.ACCEPTED, queued).build();
    }

    @DELETE
    @Path("/{id}/personal-data")
    @RolesAllowed(StaffRole.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "eraseQuestionPersonalData", summary = "Erase a patient's personal data (admin)",
            description = "For a patient's erasure request: removes names, contact details, the question text, the "
                    + "notes and any unsent mail to the patient. The question stays as an anonymised record with its "
                    + "status and history. Erasing again changes nothing.")
    @APIResponse(responseCode = "200", description = "The anonymised record.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionView.class)))
    public QuestionView erase(@PathParam("id") @Parameter(example = ID_EXAMPLE) UUID id,
            @Context SecurityContext security) {
        return review.erase(id, actor(security)).orElseThrow(() -> new NotFoundProblem("question", id));
    }

    private static String actor(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }
}
