package com.caringmedical.clinic.editing;

import com.caringmedical.clinic.web.problem.ProblemException;
import com.caringmedical.clinic.web.problem.ProblemType;

/** A slug names one item of its kind: another one with it is a 409. */
public final class SlugTaken extends ProblemException {

    /** @param anItem the kind with its article, capitalised: "An office", "A treatment" */
    public SlugTaken(String anItem, String slug) {
        super(ProblemType.ALREADY_EXISTS, anItem + " with the slug '" + slug + "' exists already.");
    }
}
