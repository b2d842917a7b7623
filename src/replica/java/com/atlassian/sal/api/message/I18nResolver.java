package com.atlassian.sal.api.message;

import java.io.Serializable;

/** Compile-only replica of Jira 11.3's I18nResolver: signatures only, no behaviour; never shipped. */
public interface I18nResolver {
    String getText(String key);

    // varargs per https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/message/I18nResolver.java
    String getText(String key, Serializable... arguments);
}
