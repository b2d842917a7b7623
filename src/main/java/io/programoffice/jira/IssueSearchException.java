package io.programoffice.jira;

/** Jira could not parse or run a search the plugin needed; the REST layer answers 500 with the message. */
public class IssueSearchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IssueSearchException(String message) {
        super(message);
    }

    public IssueSearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
