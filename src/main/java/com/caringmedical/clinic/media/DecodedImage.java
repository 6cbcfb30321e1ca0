package com.caringmedical.clinic.media;

import java.awt.image.BufferedImage;

/**
 * An upload's pixels, upright, and what it was: the type its bytes showed and its full size as shown (the pixels may
 * be fewer: a large image is decoded subsampled).
 */
record DecodedImage(ImageType type, int width, int height, boolean hasAlpha, BufferedImage pixels) {
}
