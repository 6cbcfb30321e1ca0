package com.caringmedical.clinic.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;

/**
 * Reads an upload into upright pixels, safely: the type comes from the bytes; the dimensions from the header, checked
 * against the limits before a single pixel is decoded (a 20,000 x 20,000 "pixel bomb" is refused without allocating
 * it); a large image is decoded subsampled; and nothing but pixels comes out (metadata is not even read).
 */
final class UploadDecoder {

    private UploadDecoder() {
    }

    static DecodedImage decode(byte[] bytes, UploadLimits limits, int largestVariant, long maxDecodedPixels) {
        limits.checkBytes(bytes.length);
        ImageType type = ImageType.sniff(bytes).orElseThrow(MediaProblems.UnsupportedImage::new);
        int orientation = type == ImageType.JPEG ? ExifOrientation.of(bytes) : ExifOrientation.NORMAL;
        ImageReader reader = readerFor(type);
        try (ImageInputStream input = new ByteArrayImageInputStream(bytes)) { // no copy, no temporary file
            reader.setInput(input, true, true);
            int storedWidth = reader.getWidth(0);
            int storedHeight = reader.getHeight(0);
            limits.checkDimensions(storedWidth, storedHeight);
            boolean swap = ExifOrientation.swapsSides(orientation);
            int width = swap ? storedHeight : storedWidth;
            int height = swap ? storedWidth : storedHeight;
            ImageReadParam param = reader.getDefaultReadParam();
            int subsampling = VariantWidths.subsampling(width, height, largestVariant, maxDecodedPixels);
            param.setSourceSubsampling(subsampling, subsampling, 0, 0);
            AtomicBoolean truncated = new AtomicBoolean();
            reader.addIIOReadWarningListener(truncationListener(truncated));
            BufferedImage pixels = reader.read(0, param);
            if (truncated.get()) {
                throw new MediaProblems.UnreadableImage(type);
            }
            return new DecodedImage(type, width, height, pixels.getColorModel().hasAlpha(),
                    ExifOrientation.upright(pixels, orientation));
        } catch (IOException | RuntimeException e) {
            if (e instanceof MediaProblems.ImageTooLarge || e instanceof MediaProblems.UnreadableImage) {
                throw (RuntimeException) e;
            }
            // A damaged file makes readers throw anything from IIOException to ArrayIndexOutOfBounds or a colour
            // management error: all of them mean the client's file cannot be read.
            throw new MediaProblems.UnreadableImage(type);
        } finally {
            reader.dispose();
        }
    }

    /** The JDK's readers for JPEG and PNG; TwelveMonkeys' pure-Java one for WebP (it honours subsampling). */
    private static ImageReader readerFor(ImageType type) {
        if (type == ImageType.WEBP) {
            return new WebPImageReaderSpi().createReaderInstance(null);
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type == ImageType.JPEG ? "jpeg" : "png");
        return readers.next();
    }

    /** The JDK's JPEG reader only warns about a file that ends early, and fills the rest with grey. */
    private static IIOReadWarningListener truncationListener(AtomicBoolean truncated) {
        return (source, warning) -> {
            if (warning != null && warning.toLowerCase().contains("premature end")) {
                truncated.set(true);
            }
        };
    }
}
