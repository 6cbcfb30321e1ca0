package com.caringmedical.clinic.web.caching;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource whose GET answers are public content: the same for every anonymous caller, and changed only when
 * the content tables change (which the database announces, see {@link ContentCache}). Their serialized answers are
 * kept in memory and served from there until the content changes.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CachedContent {

    /**
     * The answers also depend on the time to the minute (whether an office is open now), so each one is kept only
     * until the next minute starts.
     */
    boolean minuteByMinute() default false;
}
