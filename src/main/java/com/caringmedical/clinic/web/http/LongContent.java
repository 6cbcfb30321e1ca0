package com.caringmedical.clinic.web.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request body type that may be long content (an article's blocks): it is read up to
 * {@code clinic.http.max-content-size} instead of the smaller {@code max-body-size} of every other body.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LongContent {
}
