package com.atlassian.event.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Compile-only replica of the atlassian-event EventListener annotation: marks listener methods; never shipped. */
// atlassian-event 5.0.2: @Retention(RUNTIME) @Target(METHOD) @Documented, elements order() and scope() with defaults
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Documented
public @interface EventListener {
    int order() default 0;

    String scope() default "";
}
