package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/** Compile-only replica of the web fragment API's ContextProvider: signatures only, no behaviour; never shipped. */
public interface ContextProvider {
    /** Called once with the module's {@code <param>}s. */
    void init(Map<String, String> params) throws PluginParseException;

    /** The template's context, given the host's (on the issue view it holds the {@code issue}). */
    Map<String, Object> getContextMap(Map<String, Object> context);
}
