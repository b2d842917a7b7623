package io.programoffice.workbench.host.jql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a JQL string into {@link JqlToken}s. Strings are quoted with {@code "} or {@code '}; a backslash escapes
 * a quote, a backslash or a space, and starts the escapes n, r, t and u followed by four hexadecimal digits. Unquoted
 * words run until white space, a quote or one of {@code = ! < > ~ ( ) , & |}; the reserved characters
 * {@code { } [ ] ; ? * % + ^ # $ @} must be quoted.
 */
public final class JqlLexer {
    /** Words that are keywords and so cannot be used unquoted as field names or values. */
    static final Set<String> RESERVED_WORDS = Set.of(
            "and", "or", "not", "in", "is", "empty", "null", "order", "by", "asc", "desc");

    private static final String SYMBOLS = "=!<>~(),\"'&|";
    private static final String RESERVED_CHARACTERS = "{}[];?*%+^#$@";

    private final String query;
    private int position;

    private JqlLexer(String query) {
        this.query = query;
    }

    /**
     * @param query the JQL string
     * @return its tokens, ending with one {@link JqlToken.Kind#EOF} token
     * @throws JqlParseException on an unterminated string, an illegal escape or a reserved character
     */
    public static List<JqlToken> tokenize(String query) throws JqlParseException {
        return new JqlLexer(query).run();
    }

    private List<JqlToken> run() throws JqlParseException {
        List<JqlToken> tokens = new ArrayList<>();
        while (true) {
            while (position < query.length() && Character.isWhitespace(query.charAt(position))) {
                position++;
            }
            if (position >= query.length()) {
                tokens.add(new JqlToken(JqlToken.Kind.EOF, "", query.length()));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private JqlToken next() throws JqlParseException {
        int start = position;
        char c = query.charAt(position);
        switch (c) {
            case '(' -> {
                position++;
                return new JqlToken(JqlToken.Kind.LEFT_PAREN, "(", start);
            }
            case ')' -> {
                position++;
                return new JqlToken(JqlToken.Kind.RIGHT_PAREN, ")", start);
            }
            case ',' -> {
                position++;
                return new JqlToken(JqlToken.Kind.COMMA, ",", start);
            }
            case '"', '\'' -> {
                return string(c);
            }
            case '=', '~' -> {
                position++;
                return new JqlToken(JqlToken.Kind.OPERATOR, String.valueOf(c), start);
            }
            case '<', '>' -> {
                position++;
                if (peek('=')) {
                    position++;
                }
                return new JqlToken(JqlToken.Kind.OPERATOR, query.substring(start, position), start);
            }
            case '!' -> {
                position++;
                if (peek('=') || peek('~')) {
                    position++;
                    return new JqlToken(JqlToken.Kind.OPERATOR, query.substring(start, position), start);
                }
                return new JqlToken(JqlToken.Kind.NOT_SYMBOL, "!", start);
            }
            case '&', '|' -> {
                position++;
                if (peek(c)) {
                    position++;
                }
                return new JqlToken(c == '&' ? JqlToken.Kind.AND_SYMBOL : JqlToken.Kind.OR_SYMBOL,
                        query.substring(start, position), start);
            }
            default -> {
                return word();
            }
        }
    }

    private boolean peek(char expected) {
        return position < query.length() && query.charAt(position) == expected;
    }

    private JqlToken word() throws JqlParseException {
        int start = position;
        while (position < query.length()) {
            char c = query.charAt(position);
            if (Character.isWhitespace(c) || SYMBOLS.indexOf(c) >= 0) {
                break;
            }
            if (RESERVED_CHARACTERS.indexOf(c) >= 0) {
                throw JqlParseException.syntax(("The character '%s' is a reserved JQL character. You must enclose it"
                        + " in a string or use the escape '\\u%04x' instead.").formatted(c, (int) c), query, position);
            }
            position++;
        }
        return new JqlToken(JqlToken.Kind.WORD, query.substring(start, position), start);
    }

    private JqlToken string(char quote) throws JqlParseException {
        int start = position;
        position++;
        StringBuilder value = new StringBuilder();
        while (position < query.length()) {
            char c = query.charAt(position);
            if (c == quote) {
                position++;
                return new JqlToken(JqlToken.Kind.STRING, value.toString(), start);
            }
            if (c == '\\') {
                value.append(escape());
            } else {
                value.append(c);
                position++;
            }
        }
        throw JqlParseException.syntax(
                "The quoted string '" + value + "' has not been completed.", query, start);
    }

    private char escape() throws JqlParseException {
        int start = position;
        if (position + 1 >= query.length()) {
            throw JqlParseException.syntax("The escape sequence '\\' at the end of the query is illegal.",
                    query, start);
        }
        char c = query.charAt(position + 1);
        position += 2;
        return switch (c) {
            case '"', '\'', '\\', ' ' -> c;
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicode(start);
            default -> throw JqlParseException.syntax(
                    "The escape sequence '\\" + c + "' in the string is illegal.", query, start);
        };
    }

    private char unicode(int start) throws JqlParseException {
        if (position + 4 <= query.length()) {
            String hex = query.substring(position, position + 4);
            if (hex.chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
                position += 4;
                return (char) Integer.parseInt(hex, 16);
            }
        }
        throw JqlParseException.syntax("The escape sequence '"
                + query.substring(start, Math.min(query.length(), start + 6)) + "' in the string is illegal.",
                query, start);
    }
}
