package io.programoffice.workbench.host.jql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A recursive-descent parser for the workbench's JQL subset:
 *
 * <pre>
 * query    := [or] [ORDER BY sort (',' sort)*]
 * or       := and (OR and)*
 * and      := not (AND not)*
 * not      := NOT not | '(' or ')' | terminal
 * terminal := field operator operand | field (IN | NOT IN) function
 * function := name '(' [value (',' value)*] ')'
 * operator := '=' | '!=' | IN | NOT IN | IS | IS NOT
 * operand  := value | EMPTY | '(' value (',' value)* ')'
 * sort     := field [ASC | DESC]
 * </pre>
 *
 * <p>Keywords are case-insensitive; {@code &&}, {@code ||} and {@code !} stand for AND, OR and NOT. Syntax errors
 * are reported first, with a line and character; then the first validation error (an unknown field, an unsupported
 * operator, an unknown function, a list given to {@code =} or a single value given to {@code in}). Values are not
 * checked against the database: an unknown project, status or version simply matches no issue.
 *
 * <p>Functions: {@code issue in name(args)} and {@code issue not in name(args)} for the functions the caller names
 * (the plugin's declared JQL functions, which answer issues); the parser only checks that the function is known
 * and used with the issue field and a list operator. Checking the arguments and computing the values are the
 * function's own work ({@link JqlClause.Function}). Anywhere else a function is an unknown function.
 */
public final class JqlParser {
    private static final String VALID_OPERATORS =
            "The valid operators are '=', '!=', 'in', 'not in', 'is' and 'is not'.";
    private static final Map<String, JqlOperator> SYMBOL_OPERATORS =
            Map.of("=", JqlOperator.EQUALS, "!=", JqlOperator.NOT_EQUALS, ">", JqlOperator.GREATER,
                    ">=", JqlOperator.GREATER_OR_EQUAL, "<", JqlOperator.LESS, "<=", JqlOperator.LESS_OR_EQUAL);

    private final String query;
    private final List<JqlToken> tokens;
    private final Set<String> functionNames;
    private int index;
    private String validationError;

    private JqlParser(String query, List<JqlToken> tokens, Set<String> functionNames) {
        this.query = query;
        this.tokens = tokens;
        this.functionNames = functionNames.stream().map(name -> name.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Parses a query that may use no function.
     *
     * @param query a JQL string; {@code null} or blank matches every issue
     * @return the parsed query
     * @throws JqlParseException when the string is not valid JQL for the workbench
     */
    public static JqlQuery parse(String query) throws JqlParseException {
        return parse(query, Set.of());
    }

    /**
     * @param query a JQL string; {@code null} or blank matches every issue
     * @param functionNames the functions that {@code issue in ...} may call (names compared ignoring case)
     * @return the parsed query
     * @throws JqlParseException when the string is not valid JQL for the workbench
     */
    public static JqlQuery parse(String query, Set<String> functionNames) throws JqlParseException {
        String text = query == null ? "" : query;
        JqlParser parser = new JqlParser(text, JqlLexer.tokenize(text), functionNames);
        JqlQuery parsed = parser.query();
        if (parser.validationError != null) {
            throw JqlParseException.validation(parser.validationError);
        }
        return parsed;
    }

    private JqlQuery query() throws JqlParseException {
        JqlClause where = null;
        if (peek().kind() != JqlToken.Kind.EOF && !peek().isKeyword("order")) {
            where = or();
        }
        List<JqlSort> sorts = List.of();
        if (peek().isKeyword("order")) {
            sorts = orderBy();
        } else if (peek().kind() != JqlToken.Kind.EOF) {
            throw unexpected("either 'OR' or 'AND'", peek());
        }
        return new JqlQuery(where, sorts);
    }

    private JqlClause or() throws JqlParseException {
        List<JqlClause> clauses = new ArrayList<>();
        clauses.add(and());
        while (peek().isKeyword("or")) {
            next();
            clauses.add(and());
        }
        return clauses.size() == 1 ? clauses.get(0) : new JqlClause.Or(clauses);
    }

    private JqlClause and() throws JqlParseException {
        List<JqlClause> clauses = new ArrayList<>();
        clauses.add(not());
        while (peek().isKeyword("and")) {
            next();
            clauses.add(not());
        }
        return clauses.size() == 1 ? clauses.get(0) : new JqlClause.And(clauses);
    }

    private JqlClause not() throws JqlParseException {
        if (peek().isKeyword("not")) {
            next();
            return new JqlClause.Not(not());
        }
        if (peek().kind() == JqlToken.Kind.LEFT_PAREN) {
            next();
            JqlClause inner = or();
            if (peek().kind() != JqlToken.Kind.RIGHT_PAREN) {
                throw unexpected(peek().kind() == JqlToken.Kind.EOF ? "')'" : "either 'OR', 'AND' or ')'", peek());
            }
            next();
            return inner;
        }
        return terminal();
    }

    private JqlClause terminal() throws JqlParseException {
        JqlToken fieldToken = next();
        if (!isName(fieldToken)) {
            throw unexpected("a field name", fieldToken);
        }
        Optional<JqlField> field = JqlField.byName(fieldToken.text());
        if (field.isEmpty()) {
            reject("Field '" + fieldToken.text() + "' does not exist or you do not have permission to view it.");
        }
        String fieldName = field.map(JqlField::jqlName).orElse(fieldToken.text());

        JqlOperator operator = operator(fieldName);
        if (operator != null && operator.isRange() && field.isPresent() && !field.get().isOrdered()) {
            reject("The operator '%s' is not supported by the '%s' field.".formatted(operator.symbol(), fieldName));
        }
        if (peek().kind() == JqlToken.Kind.WORD && !peek().isReservedWord()
                && tokens.get(index + 1).kind() == JqlToken.Kind.LEFT_PAREN) {
            return function(field.orElse(null), fieldName, operator);
        }
        boolean list = peek().kind() == JqlToken.Kind.LEFT_PAREN;
        List<JqlValue> values = list ? list() : List.of(value(fieldName));

        if (operator != null) {
            if (operator.takesList() && !list) {
                reject("The operator '%s' does not support the non-list value '%s' for field '%s'."
                        .formatted(operator.symbol(), values.get(0).text(), fieldName));
            } else if (!operator.takesList() && list) {
                reject("The operator '%s' does not support the list value '%s' for field '%s'."
                        .formatted(operator.symbol(), render(values), fieldName));
            } else if ((operator == JqlOperator.IS || operator == JqlOperator.IS_NOT) && !values.get(0).empty()) {
                reject("The operator '%s' only supports EMPTY or NULL as its value for field '%s'."
                        .formatted(operator.symbol(), fieldName));
            }
        }
        if (field.isPresent() && field.get().isDate()) {
            for (JqlValue value : values) {
                if (!value.empty() && !JqlDates.isValid(value.text())) {
                    reject(("Date value '%s' for field '%s' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm',"
                            + " 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d',"
                            + " '4w 2d'.").formatted(value.text(), fieldName));
                }
            }
        }
        return new JqlClause.Terminal(field.orElse(null), operator, values);
    }

    /** Parses {@code name(args)} after a field and operator, recording a validation error for a misuse. */
    private JqlClause function(JqlField field, String fieldName, JqlOperator operator) throws JqlParseException {
        String name = next().text();
        List<String> args = functionArguments().stream().map(JqlValue::text).toList();
        JqlClause.Function call = new JqlClause.Function(field, operator, name, args);
        if (!functionNames.contains(name.toLowerCase(Locale.ROOT)) || field != JqlField.ISSUE_KEY) {
            reject("Unable to find JQL function '%s' for field '%s'.".formatted(call.display(), fieldName));
        } else if (operator != null && !operator.takesList()) {
            reject("The operator '%s' does not support the list value '%s' for field '%s'."
                    .formatted(operator.symbol(), call.display(), fieldName));
        }
        return call;
    }

    /** @return the operator, or {@code null} after recording a validation error for an unsupported one */
    private JqlOperator operator(String fieldName) throws JqlParseException {
        JqlToken token = next();
        if (token.kind() == JqlToken.Kind.OPERATOR) {
            JqlOperator operator = SYMBOL_OPERATORS.get(token.text());
            if (operator == null) {
                reject("The operator '%s' is not supported by the '%s' field.".formatted(token.text(), fieldName));
            }
            return operator;
        }
        if (token.isKeyword("in")) {
            return JqlOperator.IN;
        }
        if (isWord(token, "not")) {
            JqlToken in = next();
            if (!in.isKeyword("in")) {
                throw unexpected("'in'", in);
            }
            return JqlOperator.NOT_IN;
        }
        if (token.isKeyword("is")) {
            if (isWord(peek(), "not")) {
                next();
                return JqlOperator.IS_NOT;
            }
            return JqlOperator.IS;
        }
        throw unexpected("operator", token, " " + VALID_OPERATORS);
    }

    private List<JqlValue> list() throws JqlParseException {
        next();
        return valuesUpToClosingParenthesis();
    }

    private JqlValue value(String fieldName) throws JqlParseException {
        JqlToken token = next();
        if (token.isKeyword("empty") || token.isKeyword("null")) {
            return JqlValue.EMPTY;
        }
        if (token.kind() == JqlToken.Kind.STRING) {
            return JqlValue.string(token.text());
        }
        if (token.kind() != JqlToken.Kind.WORD || token.isReservedWord()) {
            throw unexpected("either a value, list or function", token);
        }
        if (peek().kind() == JqlToken.Kind.LEFT_PAREN) {
            List<JqlValue> arguments = functionArguments();
            reject("Unable to find JQL function '%s(%s)'%s.".formatted(token.text(),
                    arguments.stream().map(JqlValue::text).collect(Collectors.joining(", ")),
                    fieldName == null ? "" : " for field '" + fieldName + "'"));
        }
        return JqlValue.word(token.text());
    }

    private List<JqlValue> functionArguments() throws JqlParseException {
        next();
        if (peek().kind() == JqlToken.Kind.RIGHT_PAREN) {
            next();
            return List.of();
        }
        return valuesUpToClosingParenthesis();
    }

    /** Parses values separated by commas, and the closing parenthesis after them. */
    private List<JqlValue> valuesUpToClosingParenthesis() throws JqlParseException {
        List<JqlValue> values = new ArrayList<>();
        values.add(value(null));
        while (peek().kind() == JqlToken.Kind.COMMA) {
            next();
            values.add(value(null));
        }
        if (peek().kind() != JqlToken.Kind.RIGHT_PAREN) {
            throw unexpected("either ',' or ')'", peek());
        }
        next();
        return values;
    }

    private List<JqlSort> orderBy() throws JqlParseException {
        next();
        JqlToken by = next();
        if (!by.isKeyword("by")) {
            throw unexpected("'by'", by);
        }
        List<JqlSort> sorts = new ArrayList<>();
        while (true) {
            JqlToken field = next();
            if (!isName(field)) {
                throw unexpected("a field name", field);
            }
            boolean descending = false;
            if (peek().isKeyword("asc")) {
                next();
            } else if (peek().isKeyword("desc")) {
                next();
                descending = true;
            }
            sorts.add(new JqlSort(field.text(), descending));
            if (peek().kind() == JqlToken.Kind.COMMA) {
                next();
            } else if (peek().kind() == JqlToken.Kind.EOF) {
                return sorts;
            } else {
                throw unexpected("either 'ASC', 'DESC', ',' or the end of the query", peek());
            }
        }
    }

    /** @return whether the token is the keyword written as a word (not as a symbol such as {@code !}) */
    private static boolean isWord(JqlToken token, String keyword) {
        return token.kind() == JqlToken.Kind.WORD && token.isKeyword(keyword);
    }

    private static boolean isName(JqlToken token) {
        return token.kind() == JqlToken.Kind.STRING || token.kind() == JqlToken.Kind.WORD && !token.isReservedWord();
    }

    private static String render(List<JqlValue> values) {
        return values.stream().map(JqlValue::text).collect(Collectors.joining(", ", "(", ")"));
    }

    private void reject(String message) {
        if (validationError == null) {
            validationError = message;
        }
    }

    private JqlParseException unexpected(String expecting, JqlToken token) {
        return unexpected(expecting, token, "");
    }

    private JqlParseException unexpected(String expecting, JqlToken token, String addendum) {
        String detail = token.kind() == JqlToken.Kind.EOF
                ? "Expecting " + expecting + " before the end of the query."
                : "Expecting " + expecting + " but got " + token.describe() + ".";
        return JqlParseException.syntax(detail + addendum, query, token.offset());
    }

    private JqlToken peek() {
        return tokens.get(index);
    }

    private JqlToken next() {
        JqlToken token = tokens.get(index);
        if (token.kind() != JqlToken.Kind.EOF) {
            index++;
        }
        return token;
    }
}
