package com.caringmedical.clinic.media;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The EXIF orientation of a JPEG (phones store the sensor's pixels and a tag saying how to turn them), and turning
 * the pixels so that the image is upright with no tag at all: the variants carry no metadata to turn them by.
 */
final class ExifOrientation {

    static final int NORMAL = 1;
    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {
    }

    /** The orientation (1 to 8) of a JPEG's first EXIF segment; 1 when it has none or it cannot be read. */
    static int of(byte[] jpeg) {
        try {
            return read(jpeg);
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            return NORMAL; // a damaged EXIF segment does not stop the image; its orientation is then unknown
        }
    }

    /** Whether the orientation turns the image a quarter, so that width and height swap. */
    static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /** The image turned and mirrored as the orientation says, as a new image of the same type family (RGB or ARGB). */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform transform = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);   // mirrored
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);  // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);   // mirrored upside down
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);    // transposed
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);   // turned a quarter clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);  // transversed
            default -> new AffineTransform(0, -1, 1, 0, 0, w);  // 8: turned a quarter counter-clockwise
        };
        boolean swap = swapsSides(orientation);
        BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = turned.createGraphics();
        try {
            graphics.drawImage(image, transform, null);
        } finally {
            graphics.dispose();
        }
        return turned;
    }

    /** Walks the JPEG's markers up to the image data, looking for an APP1 "Exif" segment. */
    private static int read(byte[] jpeg) {
        int at = 2; // after SOI
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
            int marker = jpeg[at + 1] & 0xff;
            if (marker == 0xda || marker == 0xd9) { // start of scan, end of image: no more metadata
                return NORMAL;
            }
            int length = ((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff);
            int data = at + 4;
            if (marker == 0xe1 && length >= 8 && data + 6 <= jpeg.length && isExifHeader(jpeg, data)) {
                return orientationInTiff(ByteBuffer.wrap(jpeg, data + 6, Math.min(length - 8, jpeg.length - data - 6))
                        .slice());
            }
            at = data + length - 2;
        }
        return NORMAL;
    }

    private static boolean isExifHeader(byte[] jpeg, int at) {
        return jpeg[at] == 'E' && jpeg[at + 1] == 'x' && jpeg[at + 2] == 'i' && jpeg[at + 3] == 'f' && jpeg[at + 4] == 0
                && jpeg[at + 5] == 0;
    }

    /** The Orientation entry of IFD0 in a TIFF structure ("II" or "MM", 42, offset of IFD0, entries of 12 bytes). */
    private static int orientationInTiff(ByteBuffer tiff) {
        tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        if (tiff.getShort(2) != 42) {
            return NORMAL;
        }
        int ifd = tiff.getInt(4);
        int entries = tiff.getShort(ifd) & 0xffff;
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + 12 * i;
            if ((tiff.getShort(entry) & 0xffff) == ORIENTATION_TAG) {
                int orientation = tiff.getShort(entry + 8) & 0xffff;
                return orientation >= 1 && orientation <= 8 ? orientation : NORMAL;
            }
        }
        return NORMAL;
    }
}
