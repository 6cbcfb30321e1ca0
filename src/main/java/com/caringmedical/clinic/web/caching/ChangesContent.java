package com.caringmedical.clinic.web.caching;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource whose writes change public content (the editors' operations). After each write this instance
 * forgets its cached answers at once, so an editor reading back through the same instance sees the change without
 * waiting for the database's notification; the other instances learn of it from that notification.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ChangesContent {
}
