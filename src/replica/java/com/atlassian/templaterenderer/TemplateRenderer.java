package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** Compile-only replica of Jira 11.3's TemplateRenderer: signatures only, no behaviour; never shipped. */
public interface TemplateRenderer {
    void render(String templateName, Map<String, Object> context, Writer writer)
            throws RenderingException, IOException;
}
