package com.caringmedical.clinic.testing;

import static com.caringmedical.clinic.web.ApiContract.api;

import io.restassured.specification.RequestSpecification;

/** Requests signed in with the dev accounts the dev and test profiles create (README: staff sign-in). */
public final class StaffSignIn {

    private StaffSignIn() {
    }

    /** Signed in as the account with this name and role (staff, editor or admin). */
    public static RequestSpecification as(String role) {
        return api().auth().preemptive().basic(role, role + "-dev-password");
    }
}
