package com.caringmedical.clinic.treatment;

import jakarta.enterprise.context.ApplicationScoped;

import com.caringmedical.clinic.editing.Referrers;
import com.caringmedical.clinic.reference.Reference;

/** Each evidence finding of a treatment option cites a reference: the reference stays while one does. */
@ApplicationScoped
class EvidenceCitingReferences implements Referrers<Reference> {

    private final TreatmentRepository treatments;

    EvidenceCitingReferences(TreatmentRepository treatments) {
        this.treatments = treatments;
    }

    @Override
    public long countReferring(Reference reference, boolean publishedOnly) {
        return treatments.countEvidenceCiting(reference, publishedOnly);
    }
}
