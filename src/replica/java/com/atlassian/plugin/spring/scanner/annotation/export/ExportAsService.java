package com.atlassian.plugin.spring.scanner.annotation.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Compile-only replica of Spring Scanner's ExportAsService annotation; never shipped. */
// spring scanner annotation 3.0.4: @Target(TYPE) @Retention(RUNTIME); value() is the interfaces exported
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ExportAsService {
    Class<?>[] value() default {};
}
