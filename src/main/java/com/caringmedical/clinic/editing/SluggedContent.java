package com.caringmedical.clinic.editing;

/** Editable content named by a slug in its paths ({@code /editor/locations/oak-park}). */
public interface SluggedContent extends EditableContent {

    String slug();
}
