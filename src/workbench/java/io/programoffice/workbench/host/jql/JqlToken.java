package io.programoffice.workbench.host.jql;

import java.util.Locale;

/**
 * One lexical token of a JQL string.
 *
 * @param kind what the token is
 * @param text the token's value: a word as written, a quoted string without its quotes and with its escapes
 *     resolved, or the symbol
 * @param offset the 0-based offset of the token's first character in the query
 */
public record JqlToken(Kind kind, String text, int offset) {
    /** The kinds of token. */
    public enum Kind {
        /** An unquoted word: a field name, keyword or value. */
        WORD,
        /** A quoted string, {@code "..."} or {@code '...'}. */
        STRING,
        /** A comparison operator: {@code = != < > <= >= ~ !~}. */
        OPERATOR,
        /** {@code (}. */
        LEFT_PAREN,
        /** {@code )}. */
        RIGHT_PAREN,
        /** {@code ,}. */
        COMMA,
        /** {@code &&} or {@code &}: the same as {@code AND}. */
        AND_SYMBOL,
        /** {@code ||} or {@code |}: the same as {@code OR}. */
        OR_SYMBOL,
        /** {@code !} not followed by {@code =} or {@code ~}: the same as {@code NOT}. */
        NOT_SYMBOL,
        /** The end of the query. */
        EOF
    }

    /**
     * @param keyword a keyword such as {@code and}
     * @return whether this is the unquoted keyword (case-insensitive) or its symbol
     */
    public boolean isKeyword(String keyword) {
        return switch (kind) {
            case WORD -> text.equalsIgnoreCase(keyword);
            case AND_SYMBOL -> keyword.equalsIgnoreCase("and");
            case OR_SYMBOL -> keyword.equalsIgnoreCase("or");
            case NOT_SYMBOL -> keyword.equalsIgnoreCase("not");
            default -> false;
        };
    }

    /** @return whether this is an unquoted reserved word, which cannot serve as a field name or value */
    public boolean isReservedWord() {
        return kind == Kind.WORD && JqlLexer.RESERVED_WORDS.contains(text.toLowerCase(Locale.ROOT));
    }

    /** @return how an error message quotes this token */
    String describe() {
        return kind == Kind.EOF ? "the end of the query" : "'" + text + "'";
    }
}
