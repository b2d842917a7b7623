package io.programoffice.workbench.host.jql;

/**
 * A JQL string that the workbench cannot accept: a syntax error (with its 1-based line and character) or a
 * validation error such as an unknown field (without a position).
 */
public final class JqlParseException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int character;

    private JqlParseException(String message, int line, int character) {
        super(message);
        this.line = line;
        this.character = character;
    }

    /**
     * A syntax error, worded like the host product's parser: {@code Error in the JQL Query: <detail> (line L,
     * character C)}.
     *
     * @param detail the sentence describing the problem, ending with a full stop
     * @param query the whole JQL string, to turn {@code offset} into a line and character
     * @param offset the 0-based offset in {@code query} of the offending text
     * @return the exception
     */
    static JqlParseException syntax(String detail, String query, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < query.length(); i++) {
            if (query.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int character = offset - lineStart + 1;
        return new JqlParseException(
                "Error in the JQL Query: " + detail + " (line " + line + ", character " + character + ")",
                line, character);
    }

    /**
     * A validation error of a syntactically correct query, such as an unknown field or an unsupported operator.
     *
     * @param message the whole message
     * @return the exception
     */
    static JqlParseException validation(String message) {
        return new JqlParseException(message, 0, 0);
    }

    /** @return the 1-based line of a syntax error, or 0 for a validation error */
    public int line() {
        return line;
    }

    /** @return the 1-based character within {@link #line()} of a syntax error, or 0 for a validation error */
    public int character() {
        return character;
    }
}
