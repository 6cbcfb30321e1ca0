package com.caringmedical.clinic.wordpress;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Where an imported item came from, and how the import left it: the next import of the same site finds it here,
 * updates it when WordPress changed it (another content hash), and leaves it alone when an editor did (another
 * version). Authors and references the import made are recorded too, so that a later import that publishes may
 * publish them, as long as no editor has changed them.
 */
@Entity
@Table(name = "import_origin")
class ImportOrigin {

    enum OriginKind {
        POST, PAGE, ATTACHMENT, IMAGE_URL, AUTHOR, CITATION
    }

    enum LocalKind {
        ARTICLE, MEDIA, AUTHOR, REFERENCE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String site;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin_kind")
    private OriginKind originKind;

    @Column(name = "origin_key")
    private String originKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "local_kind")
    private LocalKind localKind;

    @Column(name = "local_key")
    private String localKey;

    @Column(name = "local_version")
    private String localVersion;

    @Column(name = "content_hash")
    private String contentHash;

    @Column(name = "imported_at")
    private Instant importedAt;

    protected ImportOrigin() {
    }

    ImportOrigin(String site, OriginKind originKind, String originKey, LocalKind localKind) {
        this.site = site;
        this.originKind = originKind;
        this.originKey = originKey;
        this.localKind = localKind;
    }

    /** The import wrote the item: this key, at this version, from content with this hash. */
    void imported(String key, String version, String hash, Instant now) {
        localKey = key;
        localVersion = version;
        contentHash = hash;
        importedAt = now;
    }

    /** Whether the item is still as the import left it: no editor has saved it since. */
    boolean untouchedAt(String version) {
        return localVersion.equals(version);
    }

    void renamed(String newKey) {
        localKey = newKey;
    }

    String localKey() {
        return localKey;
    }

    String localVersion() {
        return localVersion;
    }

    String contentHash() {
        return contentHash;
    }
}
