package com.caringmedical.clinic.testing;

import static com.caringmedical.clinic.web.openapi.ApiContract.api;

import io.restassured.specification.RequestSpecification;

/** Requests signed in with the dev accounts the dev and test profiles create (README: staff sign-in). */
public final class StaffSignIn {

    private StaffSignIn() {
    }

    /** Signed in as the account with this name and role (staff, editor, reviewer or admin). */
    public static RequestSpecification as(String role) {
        return with(role, role + "-dev-password");
    }

    /** Signed in with these credentials, sent with the first request (as Swagger UI does after Authorize). */
    public static RequestSpecification with(String username, String password) {
        return api().auth().preemptive().basic(username, password);
    }
}
