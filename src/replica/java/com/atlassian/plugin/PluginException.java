package com.atlassian.plugin;

/** Compile-only replica of the Atlassian plugins API's PluginException: signatures only, no behaviour; never shipped. */
public class PluginException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PluginException(String message) {
        super(message);
    }
}
