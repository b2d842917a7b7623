package com.atlassian.templaterenderer;

/** Compile-only replica of Jira 11.3's RenderingException: signatures only, no behaviour; never shipped. */
// source: https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.templaterenderer.atlassian-template-renderer-api-5.0.4/com/atlassian/templaterenderer/RenderingException.java
// (unchecked: extends RuntimeException; the real class also has a (String) constructor, not needed here)
public class RenderingException extends RuntimeException {
    // source: https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.templaterenderer.atlassian-template-renderer-api-5.0.4/com/atlassian/templaterenderer/RenderingException.java
    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }

    // source: https://github.com/ngannk-fptu/Decompiled-Files/blob/e0c88ec563272f9372f9fac81f0479cfda22f788/com.atlassian.templaterenderer.atlassian-template-renderer-api-5.0.4/com/atlassian/templaterenderer/RenderingException.java
    public RenderingException(Throwable cause) {
        super(cause);
    }
}
