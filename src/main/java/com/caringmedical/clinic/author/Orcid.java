package com.caringmedical.clinic.author;

/**
 * ORCID iDs: sixteen characters whose last is a check digit (ISO 7064 MOD 11-2, X standing for 10), so a typo in
 * a reviewer's iD is caught when it is saved rather than when a reader follows a link to nobody.
 */
final class Orcid {

    private Orcid() {
    }

    /** Whether the iD's check digit fits its first fifteen digits; the format is checked before this. */
    static boolean checksumHolds(String orcid) {
        String digits = orcid.replace("-", "");
        int total = 0;
        for (int i = 0; i < digits.length() - 1; i++) {
            total = (total + (digits.charAt(i) - '0')) * 2;
        }
        int check = (12 - total % 11) % 11;
        char expected = check == 10 ? 'X' : (char) ('0' + check);
        return digits.charAt(digits.length() - 1) == expected;
    }

    static String url(String orcid) {
        return "https://orcid.org/" + orcid;
    }
}
