package com.caringmedical.clinic.media;

/** A stored variant without its bytes, as lists and metadata read it. */
record VariantInfo(long mediaId, int width, int height, String contentType, String extension, int byteCount) {
}
