package com.caringmedical.clinic.staff;

/** What a signed-in account may do. Role names are what {@code @RolesAllowed} and the database hold. */
public final class StaffRole {

    /** Reviews patients' questions. */
    public static final String STAFF = "staff";
    /** Keeps the public content current. */
    public static final String EDITOR = "editor";
    /** Manages accounts and erases personal data. */
    public static final String ADMIN = "admin";

    private StaffRole() {
    }
}
