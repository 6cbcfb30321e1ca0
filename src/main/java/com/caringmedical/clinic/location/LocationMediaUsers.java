package com.caringmedical.clinic.location;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.caringmedical.clinic.media.MediaUse;
import com.caringmedical.clinic.media.MediaUsers;

/** An office shows its featured image; the library keeps it while it does. */
@ApplicationScoped
class LocationMediaUsers implements MediaUsers {

    private final LocationRepository offices;

    LocationMediaUsers(LocationRepository offices) {
        this.offices = offices;
    }

    @Override
    public List<MediaUse> usesOf(long mediaId) {
        return offices.slugsShowing(mediaId).stream().map(slug -> new MediaUse("office", slug)).toList();
    }
}
