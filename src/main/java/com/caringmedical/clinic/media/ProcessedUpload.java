package com.caringmedical.clinic.media;

import java.util.List;

/** What is kept of an upload: what it was, its size as shown, and its variants. Its bytes and pixels are not. */
record ProcessedUpload(ImageType type, int width, int height, boolean hasAlpha, List<EncodedVariant> variants) {
}
