package com.atlassian.plugin;

/**
 * Compile-only replica of the Atlassian plugins API's PluginParseException: signatures only, no behaviour; never
 * shipped.
 */
public class PluginParseException extends PluginException {
    private static final long serialVersionUID = 1L;

    public PluginParseException(String message) {
        super(message);
    }
}
