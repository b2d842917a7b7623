package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Compile-only replica of Jira 11.3's AdminOnly: signatures only, no behaviour; never shipped. */
// type: https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints/
// @Retention/@Target not found in any public source: RUNTIME (read reflectively by the REST/servlet security
// layer) and TYPE+METHOD (used on REST resource classes/methods and on servlet/filter classes) are assumed.
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AdminOnly {
}
