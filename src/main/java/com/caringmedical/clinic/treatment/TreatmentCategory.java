package com.caringmedical.clinic.treatment;

/** The broad kind of a treatment option. */
public enum TreatmentCategory {
    SURGICAL, INTERVENTIONAL, REGENERATIVE_INJECTION, NEUROMODULATION, MIND_BODY
}
