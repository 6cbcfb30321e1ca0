package com.caringmedical.clinic.staff;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.caringmedical.clinic.web.http.PublicLinks;
import com.caringmedical.clinic.web.problem.NotFoundProblem;
import com.caringmedical.clinic.web.problem.Problem;

@Path("/staff/accounts")
@RolesAllowed(StaffRole.ADMIN)
@Tag(name = "Staff accounts", description = "Admins create accounts, give them roles (staff: review questions; "
        + "editor: content; admin: accounts and erasure), disable them and reset passwords.")
public class StaffAccountResource {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final StaffAccountService accounts;

    StaffAccountResource(StaffAccountService accounts) {
        this.accounts = accounts;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listStaffAccounts", summary = "List staff accounts (admin)",
            description = "Every account with its roles, whether it is enabled, and its failed sign-ins and lock.")
    public List<AccountView> list() {
        return accounts.list();
    }

    @GET
    @Path("/{username}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getStaffAccount", summary = "Get one staff account (admin)",
            description = "The account's roles, whether it is enabled, and its failed sign-ins and lock.")
    public AccountView get(@PathParam("username") @Parameter(example = "staff") String username) {
        return accounts.find(username).orElseThrow(() -> new NotFoundProblem("staff account", username));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createStaffAccount", summary = "Create a staff account (admin)",
            description = "Passwords are 12 to 72 bytes and may not contain the username; the account is enabled at once.")
    @APIResponse(responseCode = "201", description = "Created; Location points to the account.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "409", description = "The username is taken.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<AccountView> create(@Valid @NotNull(message = "a JSON object is required") NewAccount form,
            @Context SecurityContext security, @Context UriInfo uri) {
        AccountView created = accounts.create(form, security.getUserPrincipal().getName());
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, created)
                .header(HttpHeaders.LOCATION, PublicLinks.child(uri, created.username())).build();
    }

    @PATCH
    @Path("/{username}")
    @Consumes({ MERGE_PATCH, MediaType.APPLICATION_JSON })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeStaffAccount", summary = "Change an account's roles or disable it (admin)",
            description = "Disabling refuses every sign-in of the account; enabling it again also lifts a lock "
                    + "left by failed sign-ins.")
    @APIResponse(responseCode = "200", description = "The account as changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "409", description = "It would leave no enabled admin account.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AccountView change(@PathParam("username") @Parameter(example = "staff") String username,
            @Valid @NotNull(message = "a JSON object is required") AccountChange change,
            @Context SecurityContext security) {
        return accounts.change(username, change, security.getUserPrincipal().getName())
                .orElseThrow(() -> new NotFoundProblem("staff account", username));
    }

    @PUT
    @Path("/{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resetStaffPassword", summary = "Set a new password for an account (admin)",
            description = "Also lifts a lock left by failed sign-ins.")
    @APIResponse(responseCode = "204", description = "The new password is in force.")
    public RestResponse<Void> resetPassword(@PathParam("username") @Parameter(example = "staff") String username,
            @Valid @NotNull(message = "a JSON object is required") PasswordReset reset,
            @Context SecurityContext security) {
        if (!accounts.resetPassword(username, reset, security.getUserPrincipal().getName())) {
            throw new NotFoundProblem("staff account", username);
        }
        return RestResponse.noContent();
    }
}
