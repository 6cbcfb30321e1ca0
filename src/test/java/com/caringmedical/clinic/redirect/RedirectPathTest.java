package com.caringmedical.clinic.redirect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Old addresses as redirects keep and match them. */
class RedirectPathTest {

    @Test
    void aPathOrAFullUrlIsKeptAsItsPathWithoutQueryFragmentOrTrailingSlash() {
        assertThat(RedirectPath.normalize("/2013/04/failed-back-surgery/")).hasValue("/2013/04/failed-back-surgery");
        assertThat(RedirectPath.normalize("https://clinic.example/2013/04/failed-back-surgery/?utm_source=x#top"))
                .hasValue("/2013/04/failed-back-surgery");
        assertThat(RedirectPath.normalize("2013//04/Failed-Back/")).hasValue("/2013/04/Failed-Back");
        assertThat(RedirectPath.normalize("/")).hasValue("/");
        assertThat(RedirectPath.normalize("/?p=41")).hasValue("/");
    }

    @Test
    void whatIsNotAPathIsRefused() {
        assertThat(RedirectPath.normalize(" ")).isEmpty();
        assertThat(RedirectPath.normalize("/a\nb")).isEmpty();
        assertThat(RedirectPath.normalize("/" + "x".repeat(2000))).isEmpty();
        assertThat(RedirectPath.normalize("https://clinic.example/a b")).isEmpty();
    }
}
