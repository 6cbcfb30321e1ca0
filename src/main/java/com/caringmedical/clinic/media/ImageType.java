package com.caringmedical.clinic.media;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The image formats the library takes and serves. What an upload is comes from its first bytes (the formats' magic
 * numbers), never from the name or Content-Type the client gave it.
 */
public enum ImageType {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp");

    private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

    private final String contentType;
    private final String extension;

    ImageType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The file extension of its variants' URLs: {@code /media/42/640.webp}. */
    public String extension() {
        return extension;
    }

    /** What the bytes are, by their signature: JPEG (FF D8 FF), PNG (its 8-byte signature), WebP (RIFF....WEBP). */
    public static Optional<ImageType> sniff(byte[] bytes) {
        if (startsWith(bytes, 0, new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff })) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, new byte[] { 'R', 'I', 'F', 'F' }) && startsWith(bytes, 8, new byte[] { 'W', 'E', 'B', 'P' })) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    public static Optional<ImageType> ofExtension(String extension) {
        return Arrays.stream(values()).filter(type -> type.extension.equals(extension)).findFirst();
    }

    public static Optional<ImageType> ofContentType(String contentType) {
        return Arrays.stream(values()).filter(type -> type.contentType.equals(contentType)).findFirst();
    }

    /**
     * The formats an upload of this type is served in: WebP for browsers that take it, and the original's own format
     * for the rest; a WebP original falls back to PNG when it has transparency, to JPEG when not.
     */
    public List<ImageType> variantTypes(boolean hasAlpha) {
        return switch (this) {
            case JPEG -> List.of(WEBP, JPEG);
            case PNG -> List.of(WEBP, PNG);
            case WEBP -> List.of(WEBP, hasAlpha ? PNG : JPEG);
        };
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
