package com.caringmedical.clinic.syndication;

import com.caringmedical.clinic.web.problem.ProblemException;
import com.caringmedical.clinic.web.problem.ProblemType;

/** The sitemap and the feed name the front-end's pages; without its address there is neither. */
class SiteNotConfigured extends ProblemException {

    SiteNotConfigured(String what) {
        super(ProblemType.NOT_FOUND, "There is no " + what + ": the public site's address "
                + "(clinic.syndication.site-url) is not configured.");
    }
}
