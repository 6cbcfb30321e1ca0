package com.caringmedical.clinic.media;

/** One variant as served: its size, its format and its bytes, re-encoded from pixels alone. */
record EncodedVariant(int width, int height, ImageType type, byte[] bytes) {
}
