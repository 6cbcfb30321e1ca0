package com.caringmedical.clinic.body;

import java.util.Optional;

/** Where the HTML of a body points: the front-end's address of the clinic's own content, and the images' files. */
public interface HtmlTargets {

    /** The path of a linked item on the front-end, such as {@code /treatments/prolotherapy}. */
    String href(Mark.InternalLink link);

    /** The files of a media item; empty when it is gone (the image is then left out). */
    Optional<Picture> picture(long mediaId);
}
