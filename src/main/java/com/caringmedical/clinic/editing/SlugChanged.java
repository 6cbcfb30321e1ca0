package com.caringmedical.clinic.editing;

/**
 * An editor renamed an item: a CDI event fired in the renaming transaction, so that whatever keeps old addresses
 * working (redirects) records the old one with the change. {@code kind} is the kind's noun: article, treatment,
 * office.
 */
public record SlugChanged(String kind, String from, String to) {
}
