package io.programoffice.workbench.host.jql;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.programoffice.workbench.host.jql.JqlToken.Kind;
import java.util.List;
import org.junit.Test;

public class JqlLexerTest {
    @Test
    public void tokenize_splitsWordsOperatorsAndPunctuation_withOffsets() throws Exception {
        assertEquals(List.of(
                new JqlToken(Kind.WORD, "project", 0),
                new JqlToken(Kind.WORD, "in", 8),
                new JqlToken(Kind.LEFT_PAREN, "(", 11),
                new JqlToken(Kind.WORD, "APP", 12),
                new JqlToken(Kind.COMMA, ",", 15),
                new JqlToken(Kind.WORD, "WEB", 16),
                new JqlToken(Kind.RIGHT_PAREN, ")", 19),
                new JqlToken(Kind.WORD, "AND", 21),
                new JqlToken(Kind.WORD, "key", 25),
                new JqlToken(Kind.OPERATOR, "!=", 28),
                new JqlToken(Kind.WORD, "APP-1", 30),
                new JqlToken(Kind.EOF, "", 35)),
                JqlLexer.tokenize("project in (APP,WEB) AND key!=APP-1"));
    }

    @Test
    public void tokenize_readsDoubleAndSingleQuotedStrings_withEscapes() throws Exception {
        List<JqlToken> tokens = JqlLexer.tokenize("\"In \\\"Review\\\"\" 'it\\'s' \"a\\\\b\\u0041\\n\"");
        assertEquals(new JqlToken(Kind.STRING, "In \"Review\"", 0), tokens.get(0));
        assertEquals("it's", tokens.get(1).text());
        assertEquals("a\\bA\n", tokens.get(2).text());
    }

    @Test
    public void tokenize_keepsDotsAndDashesInUnquotedWords() throws Exception {
        assertEquals("2026.Q3", JqlLexer.tokenize("2026.Q3").get(0).text());
        assertEquals("APP-12", JqlLexer.tokenize("APP-12").get(0).text());
    }

    @Test
    public void tokenize_readsSymbolicAndOrNot() throws Exception {
        List<Kind> kinds = JqlLexer.tokenize("a && b || !c & d | e").stream().map(JqlToken::kind).toList();
        assertEquals(List.of(Kind.WORD, Kind.AND_SYMBOL, Kind.WORD, Kind.OR_SYMBOL, Kind.NOT_SYMBOL, Kind.WORD,
                Kind.AND_SYMBOL, Kind.WORD, Kind.OR_SYMBOL, Kind.WORD, Kind.EOF), kinds);
    }

    @Test
    public void tokenize_readsComparisonOperators() throws Exception {
        assertEquals(List.of("=", "!=", "<", "<=", ">", ">=", "~", "!~"), JqlLexer.tokenize("= != < <= > >= ~ !~")
                .stream().filter(t -> t.kind() == Kind.OPERATOR).map(JqlToken::text).toList());
    }

    @Test
    public void tokenize_rejectsAnUnterminatedString_atItsOpeningQuote() {
        JqlParseException error = assertThrows(JqlParseException.class,
                () -> JqlLexer.tokenize("status = \"In Rev"));
        assertEquals("Error in the JQL Query: The quoted string 'In Rev' has not been completed."
                + " (line 1, character 10)", error.getMessage());
        assertEquals(1, error.line());
        assertEquals(10, error.character());
    }

    @Test
    public void tokenize_rejectsAnIllegalEscape() {
        JqlParseException error = assertThrows(JqlParseException.class, () -> JqlLexer.tokenize("key = \"a\\qb\""));
        assertEquals("Error in the JQL Query: The escape sequence '\\q' in the string is illegal."
                + " (line 1, character 9)", error.getMessage());
    }

    @Test
    public void tokenize_rejectsAReservedCharacterOutsideAString() {
        JqlParseException error = assertThrows(JqlParseException.class, () -> JqlLexer.tokenize("key = a*b"));
        assertEquals("Error in the JQL Query: The character '*' is a reserved JQL character. You must enclose it"
                + " in a string or use the escape '\\u002a' instead. (line 1, character 8)", error.getMessage());
    }

    @Test
    public void tokenize_countsLinesAndCharacters_acrossNewlines() {
        JqlParseException error = assertThrows(JqlParseException.class,
                () -> JqlLexer.tokenize("project = APP\n  AND key = {"));
        assertEquals(2, error.line());
        assertEquals(13, error.character());
    }
}
