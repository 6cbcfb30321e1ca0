package com.caringmedical.clinic.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.luciad.imageio.webp.WebPImageWriterSpi;

/**
 * Makes the variants of a decoded image: each width scaled down in halving steps (one bilinear step from far away
 * blurs and aliases), then encoded in each of its formats with no metadata at all (no EXIF, XMP, ICC or text).
 */
final class VariantEncoder {

    private final float jpegQuality;
    private final float webpQuality;

    VariantEncoder(float jpegQuality, float webpQuality) {
        this.jpegQuality = jpegQuality;
        this.webpQuality = webpQuality;
    }

    List<EncodedVariant> encode(DecodedImage image, List<Integer> configuredWidths) {
        List<EncodedVariant> variants = new ArrayList<>();
        List<ImageType> types = image.type().variantTypes(image.hasAlpha());
        for (int width : VariantWidths.of(image.width(), configuredWidths)) {
            int height = Math.max(1, (int) Math.round((double) image.height() * width / image.width()));
            BufferedImage scaled = scale(image.pixels(), width, height, image.hasAlpha());
            for (ImageType type : types) {
                variants.add(new EncodedVariant(width, height, type, write(scaled, type)));
            }
        }
        return variants;
    }

    /** Halves while more than twice too large, then one last bilinear step to the exact size. */
    static BufferedImage scale(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage current = source;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2, alpha);
        }
        return draw(current, width, height, alpha);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage target = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    private byte[] write(BufferedImage pixels, ImageType type) {
        ImageWriter writer = writerFor(type);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // In memory: ImageIO would otherwise cache through a temporary file by default.
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (type != ImageType.PNG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType(param.getCompressionTypes()[0]); // JPEG: "JPEG"; WebP: "Lossy"
                param.setCompressionQuality(type == ImageType.JPEG ? jpegQuality : webpQuality);
            }
            // No metadata: the writers write only what the format needs (JPEG adds its JFIF header).
            writer.write(null, new IIOImage(type == ImageType.JPEG ? opaque(pixels) : pixels, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Encoding a " + type + " variant failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** JPEG has no transparency: a transparent image is laid on white. */
    private static BufferedImage opaque(BufferedImage pixels) {
        if (!pixels.getColorModel().hasAlpha()) {
            return pixels;
        }
        BufferedImage flat = new BufferedImage(pixels.getWidth(), pixels.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = flat.createGraphics();
        try {
            graphics.drawImage(pixels, 0, 0, Color.WHITE, null);
        } finally {
            graphics.dispose();
        }
        return flat;
    }

    private static ImageWriter writerFor(ImageType type) {
        return switch (type) {
            case WEBP -> new WebPImageWriterSpi().createWriterInstance(null);
            case JPEG -> ImageIO.getImageWritersByFormatName("jpeg").next();
            case PNG -> ImageIO.getImageWritersByFormatName("png").next();
        };
    }
}
