package com.caringmedical.clinic.author;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** ORCID's check digit catches a mistyped or swapped digit, and X stands for ten. */
class OrcidTest {

    @Test
    void realIdsHold() {
        assertTrue(Orcid.checksumHolds("0000-0002-1825-0097"));
        assertTrue(Orcid.checksumHolds("0000-0001-5109-3700"));
        assertTrue(Orcid.checksumHolds("0000-0002-1694-233X"));
    }

    @Test
    void aChangedOrSwappedDigitDoesNot() {
        assertFalse(Orcid.checksumHolds("0000-0002-1825-0098"));
        assertFalse(Orcid.checksumHolds("0000-0002-1852-0097"));
        assertFalse(Orcid.checksumHolds("0000-0002-1694-2330"));
    }
}
