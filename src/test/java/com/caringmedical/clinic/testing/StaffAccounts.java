package com.caringmedical.clinic.testing;

import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.specification.RequestSpecification;

/** Accounts a test creates for itself through the admin API, so that what it does to them stays its own. */
public final class StaffAccounts {

    private StaffAccounts() {
    }

    /** The password {@link #create} gives an account. */
    public static String passwordOf(String username) {
        return "pw-" + new StringBuilder(username).reverse() + "-long-enough";
    }

    /** Creates an enabled account with these roles and a unique name, which it returns. */
    public static String create(String... roles) {
        String username = "t-" + UUID.randomUUID().toString().substring(0, 13);
        StaffSignIn.as("admin")
                .contentType("application/json")
                .body(Map.of("username", username, "password", passwordOf(username), "roles", List.of(roles)))
                .post("/staff/accounts")
                .then().statusCode(201)
                .body("username", equalTo(username));
        return username;
    }

    /** Signed in as an account made by {@link #create}. */
    public static RequestSpecification as(String username) {
        return StaffSignIn.with(username, passwordOf(username));
    }
}
