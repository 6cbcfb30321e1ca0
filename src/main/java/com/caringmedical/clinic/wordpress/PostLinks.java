package com.caringmedical.clinic.wordpress;

import java.util.Optional;

import com.caringmedical.clinic.body.Mark;

/**
 * What an imported post's links and images become, as the import knows them: a link to another imported post is a
 * link to its article; an image is a media item once the import has downloaded it.
 */
interface PostLinks {

    /** The clinic's own content that the address leads to, if it is one of the imported items. */
    Optional<Mark.InternalLink> internal(String href);

    /** The media item made from the image, if the import has it. */
    Optional<Long> media(PostImage image);

    /** An image as the post shows it: its address, alt text and WordPress attachment id (from wp-image-123). */
    record PostImage(String src, String alt, Long attachmentId) {
    }
}
