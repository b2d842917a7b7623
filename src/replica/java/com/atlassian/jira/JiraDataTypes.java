package com.atlassian.jira;

/**
 * Compile-only replica of Jira 11.3's JiraDataTypes: the constants the plugin uses, each a distinct placeholder
 * instance (Jira's are JiraDataTypeImpl values); never shipped.
 */
public class JiraDataTypes {
    /** Issues: the data type of the {@code issue} JQL field and of functions used with it. */
    public static final JiraDataType ISSUE = new Placeholder();

    public JiraDataTypes() {
        throw new UnsupportedOperationException("replica");
    }

    private static final class Placeholder implements JiraDataType {
    }
}
