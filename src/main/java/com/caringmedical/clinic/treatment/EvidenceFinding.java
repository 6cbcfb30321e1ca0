package com.caringmedical.clinic.treatment;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import com.caringmedical.clinic.reference.Reference;

/** One research finding about a treatment, with the reference it comes from. */
@Entity
@Table(name = "treatment_evidence")
class EvidenceFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "treatment_id")
    private Treatment treatment;

    private int position;
    private String finding;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reference_id")
    private Reference reference;

    protected EvidenceFinding() {
    }

    EvidenceFinding(Treatment treatment, int position, String finding, Reference reference) {
        this.treatment = treatment;
        this.position = position;
        this.finding = finding;
        this.reference = reference;
    }

    String finding() {
        return finding;
    }

    Reference reference() {
        return reference;
    }
}
