package com.caringmedical.clinic.webhook;

import java.util.Optional;
import java.util.UUID;

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

import com.caringmedical.clinic.staff.StaffRole;
import com.caringmedical.clinic.web.http.PublicLinks;
import com.caringmedical.clinic.web.paging.PageParams;
import com.caringmedical.clinic.web.paging.PageView;
import com.caringmedical.clinic.web.paging.PagedResponse;
import com.caringmedical.clinic.web.problem.InvalidParameterException;
import com.caringmedical.clinic.web.problem.NotFoundProblem;
import com.caringmedical.clinic.web.problem.Problem;

/** Admins subscribe receivers to events, and read what was delivered. */
@Path("/webhooks")
@RolesAllowed(StaffRole.ADMIN)
@Tag(name = "Webhooks", description = "For admins: POST events (content published, unpublished or changed, a "
        + "question received) to a receiver, signed as Standard Webhooks says, retried until it answers 2xx.")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    private static final String ID_EXAMPLE = "0b7e8f52-3c1d-4a8e-9f10-6a2b5c4d7e81";
    private static final String SUBSCRIPTION = "webhook subscription";
    /** An answer that carries a secret: no cache keeps it. */
    private static final String NO_STORE = "no-store";

    private final WebhookSubscriptions subscriptions;

    WebhookResource(WebhookSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List the webhook subscriptions (admin)",
            description = "Oldest first; secrets are never listed.")
    public RestResponse<PageView<SubscriptionView>> list(@Valid @BeanParam PageParams page, @Context UriInfo uri) {
        return PagedResponse.ok(subscriptions.list(page), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Subscribe a receiver to events (admin)",
            description = "Each event is POSTed as JSON ({type, timestamp, data}) with the headers webhook-id (the "
                    + "same on every attempt), webhook-timestamp and webhook-signature (v1, HMAC-SHA256 with the "
                    + "secret answered here, shown only now). A 2xx answer delivers it; anything else, redirects "
                    + "included, is retried with backoff up to clinic.webhooks.relay.max-attempts times. "
                    + "question.received carries the question's id, office and time only.")
    @APIResponse(responseCode = "201", description = "Subscribed; Location points to the subscription.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, examples = "\"v0\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SigningSecretView.class)))
    public RestResponse<SigningSecretView> create(
            @Valid @NotNull(message = "a JSON object is required") SubscriptionForm form,
            @Context SecurityContext security, @Context UriInfo uri) {
        WebhookSubscriptions.Tagged<SigningSecretView> created = subscriptions.create(form, admin(security));
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, created.view())
                .header(HttpHeaders.LOCATION, PublicLinks.child(uri, created.view().subscription().id().toString()))
                .header(HttpHeaders.ETAG, created.tag())
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Read a webhook subscription (admin)",
            description = "The ETag names this version: send it as If-Match with the PUT or DELETE.")
    @APIResponse(responseCode = "200", description = "The subscription, without its secret.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, examples = "\"v0\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubscriptionView.class)))
    public RestResponse<SubscriptionView> get(@PathParam("id") @Parameter(example = ID_EXAMPLE) String id) {
        return tagged(subscriptions.find(subscriptionId(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceWebhook", summary = "Change a webhook subscription (admin)",
            description = "Replaces its address, events, description and whether it is enabled. Deliveries already "
                    + "queued keep their events and go to the new address.")
    @APIResponse(responseCode = "200", description = "The subscription as saved, with its new ETag.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, examples = "\"v1\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubscriptionView.class)))
    public RestResponse<SubscriptionView> replace(@PathParam("id") @Parameter(example = ID_EXAMPLE) String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag from your last read.",
                    example = "\"v0\"") String ifMatch,
            @Valid @NotNull(message = "a JSON object is required") SubscriptionForm form,
            @Context SecurityContext security) {
        return tagged(subscriptions.replace(subscriptionId(id), form, ifMatch, admin(security)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Remove a webhook subscription (admin)",
            description = "Its delivery log goes with it, and deliveries still queued are dropped.")
    @APIResponse(responseCode = "204", description = "Removed.")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = ID_EXAMPLE) String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag from your last read.",
                    example = "\"v0\"") String ifMatch,
            @Context SecurityContext security) {
        subscriptions.delete(subscriptionId(id), ifMatch, admin(security));
        return RestResponse.noContent();
    }

    @POST
    @Path("/{id}/secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Give a webhook subscription a new secret (admin)",
            description = "The old secret stops at once: every attempt from now on, retries included, is signed "
                    + "with the new one, answered here and shown only now.")
    @APIResponse(responseCode = "200", description = "The subscription with its new secret.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING, examples = "\"v1\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SigningSecretView.class)))
    public RestResponse<SigningSecretView> rotateSecret(@PathParam("id") @Parameter(example = ID_EXAMPLE) String id,
            @Context SecurityContext security) {
        WebhookSubscriptions.Tagged<SigningSecretView> rotated = subscriptions.rotateSecret(subscriptionId(id),
                admin(security));
        return RestResponse.ResponseBuilder.ok(rotated.view()).header(HttpHeaders.ETAG, rotated.tag())
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "Read a webhook subscription's delivery log (admin)",
            description = "Newest first, each delivery with its body and every attempt: when, the receiver's "
                    + "status, the error, how long it took. Settled deliveries are kept for "
                    + "clinic.webhooks.keep-deliveries-for.")
    public RestResponse<PageView<DeliveryView>> deliveries(
            @PathParam("id") @Parameter(example = ID_EXAMPLE) String id,
            @QueryParam("status") @Parameter(description = "Only deliveries in this state.", example = "DEAD",
                    schema = @Schema(enumeration = { "PENDING", "DELIVERED", "DEAD" })) String status,
            @Valid @BeanParam PageParams page, @Context UriInfo uri) {
        return PagedResponse.ok(subscriptions.deliveries(subscriptionId(id), status(status), page), uri);
    }

    @POST
    @Path("/{id}/deliveries/{delivery}/retry")
    @Operation(operationId = "retryWebhookDelivery", summary = "Send a delivery that gave up again (admin)",
            description = "A DEAD delivery is queued again with a fresh set of attempts, the same webhook-id and "
                    + "the same body.")
    @APIResponse(responseCode = "200", description = "The delivery, queued.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "409", description = "The delivery has not given up.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeliveryView retry(@PathParam("id") @Parameter(example = ID_EXAMPLE) String id,
            @PathParam("delivery") @Parameter(example = "5f0c2d9e-8a41-4c7b-b1e3-2d6f9a8c0e57") String delivery,
            @Context SecurityContext security) {
        UUID deliveryId = parse(delivery).orElseThrow(() -> new NotFoundProblem("webhook delivery", delivery));
        return subscriptions.retry(subscriptionId(id), deliveryId, admin(security));
    }

    private static <T> RestResponse<T> tagged(WebhookSubscriptions.Tagged<T> tagged) {
        return RestResponse.ResponseBuilder.ok(tagged.view()).header(HttpHeaders.ETAG, tagged.tag()).build();
    }

    private static UUID subscriptionId(String text) {
        return parse(text).orElseThrow(() -> new NotFoundProblem(SUBSCRIPTION, text));
    }

    private static Optional<UUID> parse(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static WebhookDelivery.Status status(String text) {
        if (text == null) {
            return null;
        }
        try {
            return WebhookDelivery.Status.valueOf(text);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidParameterException("status", "must be PENDING, DELIVERED or DEAD");
        }
    }

    private static String admin(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }
}
