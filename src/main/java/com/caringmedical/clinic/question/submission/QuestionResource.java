package com.caringmedical.clinic.question.submission;

import java.net.InetAddress;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

import com.caringmedical.clinic.web.http.TrustedProxies;
import com.caringmedical.clinic.web.problem.InvalidParameterException;
import com.caringmedical.clinic.web.problem.Problem;

@Path("/questions")
@Tag(name = "Questions", description = "Patients' questions to the clinic. Sending one: GET /questions/challenge, "
        + "solve it, then POST /questions with the solution in the field 'altcha'.")
public class QuestionResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String NO_STORE = "no-store";

    private final QuestionService questions;
    private final TrustedProxies proxies;

    QuestionResource(QuestionService questions, TrustedProxies proxies) {
        this.questions = questions;
        this.proxies = proxies;
    }

    @GET
    @Path("/challenge")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getQuestionChallenge", summary = "Get a proof-of-work challenge for the question form",
            description = "Hands out a fresh ALTCHA challenge in the format the ALTCHA widget reads (point the "
                    + "widget's challengeurl here). Each challenge expires (30 minutes by default) and its solution "
                    + "is accepted once.")
    @APIResponse(responseCode = "200", description = "A new challenge; never cached.",
            headers = @Header(name = "Cache-Control", schema = @Schema(type = SchemaType.STRING, examples = NO_STORE)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChallengeView.class)))
    public RestResponse<ChallengeView> challenge() {
        return RestResponse.ResponseBuilder.ok(questions.challenge())
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitQuestion", summary = "Send a patient's question to the clinic",
            description = "Stores the question and queues a notification to the clinic's staff, both in one "
                    + "transaction, before answering 202. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "202", description = "Stored; the staff will be notified.",
            headers = @Header(name = "Cache-Control", schema = @Schema(type = SchemaType.STRING, examples = NO_STORE)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = QuestionReceipt.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid or unknown (errors lists each one), the body "
            + "is not JSON, or the challenge solution is missing, wrong, expired or used.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is over the limit (16 KB by default).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not application/json.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before for a different question.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many questions from this address; try again later.",
            headers = @Header(name = "Retry-After", description = "Seconds to wait.",
                    schema = @Schema(type = SchemaType.INTEGER, examples = "120")),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    // Returns a Uni so that Quarkus REST reads a body of up to quarkus.rest.input-buffer-size (10 KB; a question is
    // far smaller) on the I/O thread before the method runs, instead of a worker thread waiting for it in blocking
    // mode (a larger body still streams through the 16 KB limit). The database work then runs on a worker, on the
    // request's context, so logs keep the request id. Measured: about 1.5 times the questions per second.
    public Uni<RestResponse<QuestionReceipt>> submit(
            @Valid @NotNull(message = "a JSON object is required") QuestionForm form,
            @HeaderParam(IDEMPOTENCY_KEY) @Parameter(description = "A key the client makes up for this question (a "
                    + "UUID is ideal; 1 to 200 visible ASCII characters). Retrying with the same key and the same "
                    + "question returns the first answer and stores nothing new.",
                    example = "6b7e1f52-0c4e-4d8a-a1a3-2d0c9b8f4e11") String idempotencyKey,
            @Context HttpServerRequest request) {
        InetAddress client = proxies.clientAddress(request);
        String key = checkedKey(idempotencyKey);
        return VertxContextSupport.executeBlocking(() -> questions.submit(form, client, key))
                .map(receipt -> RestResponse.ResponseBuilder.create(RestResponse.Status.ACCEPTED, receipt)
                        .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                        .build());
    }

    private static String checkedKey(String key) {
        if (key != null && !key.matches("[\\x21-\\x7e]{1,200}")) {
            throw new InvalidParameterException(IDEMPOTENCY_KEY, "must be 1 to 200 visible ASCII characters");
        }
        return key;
    }
}
