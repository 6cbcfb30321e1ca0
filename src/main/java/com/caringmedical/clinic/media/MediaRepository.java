package com.caringmedical.clinic.media;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class MediaRepository implements PanacheRepositoryBase<Media, Long> {

    Optional<Media> findByIdForUpdate(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    List<Media> findAllWithIds(Collection<Long> ids) {
        return list("id in ?1", ids);
    }

    /** The variants of these images, without their bytes, narrowest first. */
    List<VariantInfo> variantsOf(Collection<Long> mediaIds) {
        return getEntityManager().createQuery("select new com.caringmedical.clinic.media.VariantInfo(v.mediaId, "
                + "v.width, v.height, v.contentType, v.extension, v.byteCount) from MediaVariant v "
                + "where v.mediaId in :ids order by v.mediaId, v.width, v.extension", VariantInfo.class)
                .setParameter("ids", mediaIds)
                .getResultList();
    }

    Optional<VariantFile> variantFile(long mediaId, int width, String extension) {
        return getEntityManager().createQuery("select new com.caringmedical.clinic.media.VariantFile(v.data, "
                + "v.contentType, v.etag) from MediaVariant v "
                + "where v.mediaId = :id and v.width = :width and v.extension = :extension", VariantFile.class)
                .setParameter("id", mediaId)
                .setParameter("width", width)
                .setParameter("extension", extension)
                .getResultStream().findFirst();
    }

    void persistVariant(MediaVariant variant) {
        getEntityManager().persist(variant);
    }
}
