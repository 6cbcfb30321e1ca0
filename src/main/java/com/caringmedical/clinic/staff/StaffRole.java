package com.caringmedical.clinic.staff;

/** What a signed-in account may do. Role names are what {@code @RolesAllowed} and the database hold. */
public final class StaffRole {

    /** Reviews patients' questions. */
    public static final String STAFF = "staff";
    /** Keeps the public content current. */
    public static final String EDITOR = "editor";
    /** Manages accounts and erases personal data. */
    public static final String ADMIN = "admin";
    /**
     * Approves staged changes of the content that needs a second person's approval before it goes public
     * (clinic.publishing.approval-required-for): a clinician who checks medical text.
     */
    public static final String REVIEWER = "reviewer";

    static final String ROLE_PATTERN = "staff|editor|reviewer|admin";
    static final String ROLE_RULE = "must be staff, editor, reviewer or admin";
    static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{2,63}";
    static final String USERNAME_RULE = "3 to 64 characters: lower-case letters, digits, '.', '_' and '-', "
            + "starting with a letter or digit";
    static final String PASSWORD_RULE = "12 to 72 characters (UTF-8 bytes), not containing the username";

    private StaffRole() {
    }
}
