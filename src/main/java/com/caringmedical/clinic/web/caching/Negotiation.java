package com.caringmedical.clinic.web.caching;

import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Variant;

/** Server-driven content negotiation for operations that produce more than one media type. */
public final class Negotiation {

    private Negotiation() {
    }

    /**
     * The media type among {@code offered} that the request's Accept header prefers (by quality, then by the
     * order offered), or the first when it states no preference. JAX-RS has already answered 406 when the
     * operation's {@code @Produces} list has nothing acceptable.
     */
    public static String choose(Request request, String... offered) {
        List<Variant> variants = Arrays.stream(offered)
                .map(type -> new Variant(MediaType.valueOf(type), (String) null, null)).toList();
        Variant chosen = request.selectVariant(variants);
        if (chosen == null) {
            return offered[0];
        }
        return Arrays.stream(offered).filter(type -> MediaType.valueOf(type).isCompatible(chosen.getMediaType()))
                .findFirst().orElse(offered[0]);
    }
}
