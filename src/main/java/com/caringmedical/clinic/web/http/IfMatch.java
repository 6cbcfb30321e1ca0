package com.caringmedical.clinic.web.http;

import jakarta.ws.rs.core.EntityTag;
import com.caringmedical.clinic.web.problem.ProblemException;
import com.caringmedical.clinic.web.problem.ProblemType;

/**
 * The {@code If-Match} precondition of RFC 9110 section 13.1.1 for changes: a change needs the header, and it
 * matches "*" or a listed tag equal to the current one under strong comparison (a weak tag never matches).
 */
public final class IfMatch {

    /** The header is missing: the client has not said which version it changes. */
    public static final class Required extends ProblemException {
        Required() {
            super(ProblemType.PRECONDITION_REQUIRED, "Send If-Match with the ETag from your last read of this "
                    + "resource, so that a change made meanwhile by someone else is not overwritten.");
        }
    }

    /** The resource changed since the client read it. */
    public static final class Failed extends ProblemException {
        Failed(EntityTag current) {
            super(ProblemType.PRECONDITION_FAILED, "Someone changed this resource after you read it (it is now "
                    + "at " + current + "). Read it again and repeat your change if it still applies.");
        }
    }

    private IfMatch() {
    }

    /** The strong tag of a resource whose state has a version number (a JPA {@code @Version}): "v3". */
    public static EntityTag versionTag(int version) {
        return new EntityTag("v" + version);
    }

    /** Throws unless {@code header} (the If-Match value as sent, or null) matches {@code current}. */
    public static void check(String header, EntityTag current) {
        if (header == null || header.isBlank()) {
            throw new Required();
        }
        for (String candidate : header.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals("\"" + current.getValue() + "\"") && !current.isWeak()) {
                return;
            }
        }
        throw new Failed(current);
    }
}
