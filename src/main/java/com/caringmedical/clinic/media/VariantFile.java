package com.caringmedical.clinic.media;

/** A variant as served: its bytes, their type and their strong ETag. */
record VariantFile(byte[] bytes, String contentType, String etag) {
}
