package com.caringmedical.clinic.redirect;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * An old address as redirects keep and match it: the path only (a full URL loses its scheme, host, query and
 * fragment), one leading slash, no repeated or trailing slashes, so that /2019/05/knee-pain/ and
 * https://clinic.example/2019/05/knee-pain match the same redirect. Case is kept: paths are case-sensitive.
 */
final class RedirectPath {

    static final int MAX_LENGTH = 2000;

    private RedirectPath() {
    }

    /** The path as kept, or empty when it is not one (control characters, too long, not a URL). */
    static Optional<String> normalize(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > MAX_LENGTH || raw.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.empty();
        }
        String path = raw.strip();
        if (path.matches("(?i)^https?://.*")) {
            try {
                path = new URI(path).getRawPath();
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
        }
        path = path.replaceFirst("[?#].*$", "").replaceAll("/{2,}", "/");
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return Optional.of(path);
    }
}
