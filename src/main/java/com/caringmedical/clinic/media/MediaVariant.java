package com.caringmedical.clinic.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One stored variant of an image (a width in a format). Written once, at upload, and never changed. Its bytes are
 * read only to serve that one file: lists and metadata read the other columns ({@link VariantInfo}).
 */
@Entity
@Table(name = "media_variant")
class MediaVariant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "media_id")
    private long mediaId;

    private int width;
    private int height;

    @Column(name = "content_type")
    private String contentType;

    private String extension;

    @Column(name = "byte_count")
    private int byteCount;

    private String etag;

    private byte[] data;

    protected MediaVariant() {
    }

    MediaVariant(long mediaId, EncodedVariant variant, String etag) {
        this.mediaId = mediaId;
        this.width = variant.width();
        this.height = variant.height();
        this.contentType = variant.type().contentType();
        this.extension = variant.type().extension();
        this.byteCount = variant.bytes().length;
        this.etag = etag;
        this.data = variant.bytes();
    }
}
