package com.caringmedical.clinic.treatment;

/** How invasive a treatment is, from least to most. */
public enum Invasiveness {
    NON_INVASIVE, MINIMALLY_INVASIVE, INVASIVE, HIGHLY_INVASIVE
}
