package com.caringmedical.clinic.redirect;

import java.util.function.Predicate;

/**
 * How a feature says whether a redirect may lead to one of its items: the feature produces one for its kind
 * ({@code @Produces}, next to its repository), so redirects read no feature's tables.
 */
public record RedirectTarget(RedirectKind kind, Predicate<String> exists) {
}
