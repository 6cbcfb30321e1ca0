package com.caringmedical.clinic.media;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.caringmedical.clinic.web.problem.ProblemException;
import com.caringmedical.clinic.web.problem.ProblemType;

/** What the media library refuses, each a problem document. */
final class MediaProblems {

    private MediaProblems() {
    }

    /** Not a JPEG, PNG or WebP by its bytes (a GIF, an SVG, text). */
    static final class UnsupportedImage extends ProblemException {
        UnsupportedImage() {
            super(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The file is not a JPEG, PNG or WebP image (judged by its "
                    + "content, not its name or Content-Type).");
        }
    }

    /** Says it is an image but cannot be read through: truncated, corrupt, or an encoding not supported. */
    static final class UnreadableImage extends ProblemException {
        UnreadableImage(ImageType type) {
            super(ProblemType.UNREADABLE_IMAGE, "The file starts like a " + type.name()
                    + " image but cannot be read: it may be truncated or damaged.");
        }
    }

    static final class UploadTooLarge extends ProblemException {
        UploadTooLarge(long maxBytes) {
            super(ProblemType.PAYLOAD_TOO_LARGE, "The file is larger than " + maxBytes + " bytes.");
        }
    }

    static final class ImageTooLarge extends ProblemException {
        ImageTooLarge(String detail) {
            super(ProblemType.IMAGE_TOO_LARGE, detail);
        }
    }

    /** Every upload slot of this instance stayed busy for the whole wait. */
    static final class UploadsBusy extends ProblemException {

        private final Duration retryAfter;

        UploadsBusy(Duration retryAfter) {
            super(ProblemType.BUSY, "Other uploads are being processed; send this one again shortly.");
            this.retryAfter = retryAfter;
        }

        @Override
        public Optional<Duration> retryAfter() {
            return Optional.of(retryAfter);
        }
    }

    static final class MediaInUse extends ProblemException {
        MediaInUse(List<MediaUse> uses) {
            super(ProblemType.CONFLICT, "The image is used by " + uses.stream().map(use -> use.kind() + " '"
                    + use.key() + "'").collect(Collectors.joining(", ")) + "; remove it there before deleting it.");
        }
    }
}
