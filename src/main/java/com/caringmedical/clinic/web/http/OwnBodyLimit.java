package com.caringmedical.clinic.web.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request body parameter that its operation reads and limits itself (an export file of megabytes, read as a
 * stream up to the operation's own limit): {@link RequestBodyLimit} leaves it alone.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface OwnBodyLimit {
}
