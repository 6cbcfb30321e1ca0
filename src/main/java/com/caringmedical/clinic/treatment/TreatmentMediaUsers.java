package com.caringmedical.clinic.treatment;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.caringmedical.clinic.media.MediaUse;
import com.caringmedical.clinic.media.MediaUsers;

/** A treatment option shows its featured image; the library keeps it while it does. */
@ApplicationScoped
class TreatmentMediaUsers implements MediaUsers {

    private final TreatmentRepository treatments;

    TreatmentMediaUsers(TreatmentRepository treatments) {
        this.treatments = treatments;
    }

    @Override
    public List<MediaUse> usesOf(long mediaId) {
        return treatments.slugsShowing(mediaId).stream().map(slug -> new MediaUse("treatment", slug)).toList();
    }
}
