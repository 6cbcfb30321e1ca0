package com.caringmedical.clinic.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import com.luciad.imageio.webp.WebPImageWriterSpi;

/**
 * Images the media tests upload, made here: photos with a GPS position and an EXIF orientation as a phone writes
 * them, pixel bombs, and the means to look inside what comes back (JPEG segments, PNG and WebP chunks).
 */
public final class TestImages {

    /** The place written into the test photos' EXIF: it must never come back. */
    static final String SECRET_PLACE = "patient-home-41.88N-87.78W";

    private TestImages() {
    }

    /** A picture with a red left half and a blue right half (so that a turn shows), optionally half transparent. */
    static BufferedImage picture(int width, int height, boolean alpha) {
        BufferedImage image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(alpha ? new Color(255, 0, 0, 128) : Color.RED);
        graphics.fillRect(0, 0, width / 2, height);
        graphics.setColor(Color.BLUE);
        graphics.fillRect(width / 2, 0, width - width / 2, height);
        graphics.dispose();
        return image;
    }

    public static byte[] jpeg(int width, int height) {
        return write(picture(width, height, false), "jpeg");
    }

    static byte[] png(int width, int height, boolean alpha) {
        return write(picture(width, height, alpha), "png");
    }

    static byte[] webp(int width, int height, boolean alpha) {
        ImageWriter writer = new WebPImageWriterSpi().createWriterInstance(null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("Lossless");
            writer.write(null, new IIOImage(picture(width, height, alpha), null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A GIF, which the library does not take. */
    static byte[] gif(int width, int height) {
        return write(picture(width, height, false), "gif");
    }

    /**
     * A JPEG as a phone writes it: an APP1 Exif segment after the JFIF header, with an orientation, an image
     * description naming {@link #SECRET_PLACE}, and a GPS IFD with a latitude.
     */
    static byte[] phoneJpeg(int width, int height, int orientation) {
        byte[] jpeg = jpeg(width, height);
        int afterApp0 = 4 + (((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff));
        byte[] exif = exifSegment(orientation);
        ByteBuffer withExif = ByteBuffer.allocate(jpeg.length + exif.length);
        withExif.put(jpeg, 0, afterApp0).put(exif).put(jpeg, afterApp0, jpeg.length - afterApp0);
        return withExif.array();
    }

    /** FF E1, length, "Exif\0\0", then a big-endian TIFF: IFD0 (description, orientation, GPS pointer), GPS IFD. */
    static byte[] exifSegment(int orientation) {
        byte[] description = (SECRET_PLACE + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(104 + description.length);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 3);                                                             // IFD0 at 8
        tiff.putShort((short) 0x010e).putShort((short) 2).putInt(description.length).putInt(104); // ImageDescription
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(50);               // GPSInfo IFD
        tiff.putInt(0);
        tiff.putShort((short) 2);                                                             // GPS IFD at 50
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(80);               // GPSLatitude
        tiff.putInt(0);
        tiff.putInt(41).putInt(1).putInt(52).putInt(1).putInt(48).putInt(1);                  // at 80: 41° 52' 48"
        tiff.put(description);                                                                // at 104
        byte[] body = tiff.array();
        ByteBuffer segment = ByteBuffer.allocate(4 + 6 + body.length);
        segment.put((byte) 0xff).put((byte) 0xe1).putShort((short) (2 + 6 + body.length));
        segment.put("Exif".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0).put(body);
        return segment.array();
    }

    /**
     * A "pixel bomb": a small PNG whose header says 20,000 x 20,000 (400 megapixels, 1.6 GB decoded), followed by
     * a little compressed data. Decoding it would exhaust the heap; it must be refused from the header.
     */
    static byte[] pngBomb(int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", header.array());
        chunk(png, "IDAT", new byte[] { 0x78, (byte) 0x9c, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01 });
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    static BufferedImage read(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new IllegalArgumentException("no reader for these bytes");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The names of what a file holds besides pixels' framing: a JPEG's markers before its image data
     * ({@code APP0}, {@code DQT}, ...; {@code APP1} would be EXIF or XMP, {@code COM} a comment), a PNG's chunks,
     * a WebP's chunks.
     */
    static List<String> structure(byte[] bytes) {
        return switch (ImageType.sniff(bytes).orElseThrow()) {
            case JPEG -> jpegMarkers(bytes);
            case PNG -> chunks(bytes, 8, false);
            case WEBP -> chunks(bytes, 12, true);
        };
    }

    private static List<String> jpegMarkers(byte[] jpeg) {
        List<String> markers = new ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
            int marker = jpeg[at + 1] & 0xff;
            markers.add(marker >= 0xe0 && marker <= 0xef ? "APP" + (marker - 0xe0)
                    : marker == 0xfe ? "COM" : marker == 0xda ? "SOS" : String.format("%02X", marker));
            if (marker == 0xda) {
                break;
            }
            at += 2 + (((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff));
        }
        return markers;
    }

    /** PNG: length, type, data, CRC. RIFF (WebP): type, little-endian length, data padded to even. */
    private static List<String> chunks(byte[] bytes, int start, boolean riff) {
        List<String> names = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int at = start;
        while (at + 8 <= bytes.length) {
            String name;
            int length;
            if (riff) {
                name = new String(bytes, at, 4, StandardCharsets.US_ASCII);
                length = Integer.reverseBytes(buffer.getInt(at + 4));
                at += 8 + length + (length % 2);
            } else {
                length = buffer.getInt(at);
                name = new String(bytes, at + 4, 4, StandardCharsets.US_ASCII);
                at += 12 + length;
            }
            names.add(name);
        }
        return names;
    }

    /** Whether the bytes hold this text anywhere (an EXIF string, "Exif", "GPS"). */
    static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, bytes)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
