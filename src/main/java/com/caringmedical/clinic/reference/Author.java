package com.caringmedical.clinic.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One author of a reference, in the order the publication lists them. */
@Embeddable
public class Author {

    @Column(name = "family", nullable = false)
    private String family;

    @Column(name = "given")
    private String given;

    protected Author() {
    }

    public Author(String family, String given) {
        this.family = family;
        this.given = given;
    }

    public String family() {
        return family;
    }

    public String given() {
        return given;
    }
}
