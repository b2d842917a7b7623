package io.programoffice.workbench.host.jql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Translates a parsed JQL clause into a parameterised SQL condition over the workbench's {@code ISSUE} table, which
 * the enclosing query must alias {@value #ISSUE_ALIAS}.
 *
 * <p>Matching is case-insensitive. {@code project} matches a project key, name or id; {@code status} a status name
 * or id; {@code statusCategory} a category id, key or name; {@code issuetype} a type name; {@code fixVersion} a
 * version name or id; {@code key} an issue key or id. Values that name nothing match nothing.
 *
 * <p>Function calls must be resolved to {@link JqlClause.IssueIds} first; those become {@code i.ID = ANY(?)} with the
 * ids bound as one array parameter.
 *
 * <p>As in the host product, NOT is pushed down to the comparisons ({@code NOT a = 1} is {@code a != 1}), and the
 * negative operators {@code !=} and {@code not in} never match an issue that has no value for the field.
 */
public final class JqlSqlTranslator {
    /** The alias the enclosing query must give the {@code ISSUE} table. */
    public static final String ISSUE_ALIAS = "i";

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    private JqlSqlTranslator() {
    }

    /**
     * @param query a parsed query
     * @return the condition selecting the issues its WHERE clause matches ({@code TRUE} when it has none)
     */
    public static SqlCondition translate(JqlQuery query) {
        return query.whereClause().map(JqlSqlTranslator::translate).orElse(new SqlCondition("TRUE", List.of()));
    }

    /**
     * @param clause a parsed WHERE clause
     * @return the condition selecting the issues it matches
     */
    public static SqlCondition translate(JqlClause clause) {
        JqlSqlTranslator translator = new JqlSqlTranslator();
        translator.clause(clause, false);
        return new SqlCondition(translator.sql.toString(), translator.parameters);
    }

    private void clause(JqlClause clause, boolean negated) {
        switch (clause) {
            case JqlClause.And and -> junction(and.clauses(), negated ? " OR " : " AND ", negated);
            case JqlClause.Or or -> junction(or.clauses(), negated ? " AND " : " OR ", negated);
            case JqlClause.Not not -> clause(not.clause(), !negated);
            case JqlClause.Terminal terminal -> terminal(terminal, negated);
            case JqlClause.IssueIds ids -> issueIds(ids, negated);
            case JqlClause.Function function -> throw new IllegalArgumentException(
                    "resolve the function " + function.display() + " before translating (WbJqlFunctions.resolve)");
        }
    }

    /** Appends {@code i.ID = ANY(?)} (or its negation), the ids bound as one array. */
    private void issueIds(JqlClause.IssueIds ids, boolean negated) {
        boolean negative = ids.operator().isNegative() != negated;
        sql.append(negative ? "(NOT (i.ID = ANY(?)))" : "(i.ID = ANY(?))");
        parameters.add(ids.ids().toArray(Long[]::new));
    }

    private void junction(List<JqlClause> clauses, String connective, boolean negated) {
        sql.append('(');
        for (int i = 0; i < clauses.size(); i++) {
            if (i > 0) {
                sql.append(connective);
            }
            clause(clauses.get(i), negated);
        }
        sql.append(')');
    }

    private void terminal(JqlClause.Terminal terminal, boolean negated) {
        JqlOperator operator = negated ? terminal.operator().negated() : terminal.operator();
        JqlField field = terminal.field();
        if (operator.isRange()) {
            range(field, operator, terminal.values().get(0));
            return;
        }
        List<JqlValue> values = terminal.values().stream().filter(value -> !value.empty()).toList();
        boolean emptyNamed = values.size() < terminal.values().size();
        sql.append('(');
        if (!operator.isNegative()) {
            // the issue has one of the values, or (when EMPTY is named) no value at all
            if (!values.isEmpty()) {
                matches(field, values);
            }
            if (emptyNamed) {
                sql.append(values.isEmpty() ? "" : " OR ");
                isEmpty(field);
            }
        } else {
            // the issue has a value, and none of the named ones
            hasValue(field);
            if (!values.isEmpty()) {
                sql.append(" AND NOT ");
                matches(field, values);
            }
        }
        sql.append(')');
    }

    /** Appends {@code column op ?} for ids (numbers) and dates; a value of another kind matches nothing. */
    private void range(JqlField field, JqlOperator operator, JqlValue value) {
        String column = switch (field) {
            case CREATED -> "i.CREATED";
            case UPDATED -> "i.UPDATED";
            default -> "i.ID";
        };
        Object parameter = null;
        if (field.isDate()) {
            parameter = JqlDates.parse(value.text(), java.time.Instant.now()).map(java.sql.Timestamp::from)
                    .orElse(null);
        } else if (value.isNumber()) {
            parameter = value.asNumber();
        }
        if (parameter == null || value.empty()) {
            sql.append("FALSE");
            return;
        }
        sql.append('(').append(column).append(' ').append(operator.symbol()).append(" ?)");
        parameters.add(parameter);
    }

    /**
     * @param query a parsed query
     * @return its ORDER BY as SQL over {@value #ISSUE_ALIAS} ({@code id}/{@code key}, {@code created},
     *     {@code updated}; other fields are ignored), always ending with the issue id so pages are stable
     */
    public static String orderBy(JqlQuery query) {
        StringBuilder order = new StringBuilder();
        for (JqlSort sort : query.orderBy()) {
            String column = switch (sort.field().toLowerCase(java.util.Locale.ROOT)) {
                case "id", "key", "issuekey" -> "i.ID";
                case "created", "createddate" -> "i.CREATED";
                case "updated", "updateddate" -> "i.UPDATED";
                default -> null;
            };
            if (column != null) {
                order.append(order.isEmpty() ? "" : ", ").append(column).append(sort.descending() ? " DESC" : " ASC");
            }
        }
        return order.append(order.isEmpty() ? "" : ", ").append("i.ID").toString();
    }

    /** Appends a condition that holds when the issue has any of the (non-empty) values. */
    private void matches(JqlField field, List<JqlValue> values) {
        switch (field) {
            case PROJECT -> anyValue("i.PROJECT_ID IN (SELECT p.ID FROM PROJECT p WHERE ", values, ")",
                    value -> nameOrId(value, "p.ID", "p.PKEY", "p.NAME"));
            case STATUS -> anyValue("i.STATUS_ID IN (SELECT s.ID FROM STATUS s WHERE ", values, ")",
                    value -> nameOrId(value, "s.ID", "s.NAME"));
            case STATUS_CATEGORY -> anyValue("i.STATUS_ID IN (SELECT s.ID FROM STATUS s"
                    + " JOIN STATUS_CATEGORY c ON c.ID = s.CATEGORY_ID WHERE ", values, ")",
                    value -> nameOrId(value, "c.ID", "c.CKEY", "c.NAME"));
            case ISSUE_TYPE -> anyValue("(", values, ")", value -> nameOrId(value, null, "i.ISSUE_TYPE"));
            case FIX_VERSION -> anyValue("EXISTS (SELECT 1 FROM ISSUE_FIX_VERSION f JOIN VERSION v"
                    + " ON v.ID = f.VERSION_ID WHERE f.ISSUE_ID = i.ID AND (", values, "))",
                    value -> nameOrId(value, "v.ID", "v.NAME"));
            case ISSUE_KEY -> anyValue("(", values, ")", this::keyOrId);
            case CREATED, UPDATED -> anyValue("(", values, ")", value -> {
                sql.append("FALSE");
            });
        }
    }

    /** Appends {@code opening}, the values' conditions joined by OR, and {@code closing}. */
    private void anyValue(String opening, List<JqlValue> values, String closing, Consumer<JqlValue> condition) {
        sql.append(opening);
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sql.append(" OR ");
            }
            condition.accept(values.get(i));
        }
        sql.append(closing);
    }

    /** Appends {@code (UPPER(col) = ? OR ... OR idColumn = ?)}, the id comparison only for a numeric value. */
    private void nameOrId(JqlValue value, String idColumn, String... nameColumns) {
        sql.append('(');
        String upper = value.text().toUpperCase(Locale.ROOT);
        for (int i = 0; i < nameColumns.length; i++) {
            if (i > 0) {
                sql.append(" OR ");
            }
            sql.append("UPPER(").append(nameColumns[i]).append(") = ?");
            parameters.add(upper);
        }
        if (idColumn != null && value.isNumber()) {
            sql.append(" OR ").append(idColumn).append(" = ?");
            parameters.add(value.asNumber());
        }
        sql.append(')');
    }

    /**
     * An issue by id (a number: Jira keys are never just digits) or by key (keys are stored upper-case, as Jira
     * makes them), so the lookup uses the primary key or the key's unique index instead of scanning every issue.
     */
    private void keyOrId(JqlValue value) {
        if (value.isNumber()) {
            sql.append("i.ID = ?");
            parameters.add(value.asNumber());
        } else {
            sql.append("i.IKEY = ?");
            parameters.add(value.text().toUpperCase(Locale.ROOT));
        }
    }

    private void isEmpty(JqlField field) {
        sql.append(field.canBeEmpty()
                ? "NOT EXISTS (SELECT 1 FROM ISSUE_FIX_VERSION f WHERE f.ISSUE_ID = i.ID)"
                : "FALSE");
    }

    private void hasValue(JqlField field) {
        sql.append(field.canBeEmpty()
                ? "EXISTS (SELECT 1 FROM ISSUE_FIX_VERSION f WHERE f.ISSUE_ID = i.ID)"
                : "TRUE");
    }
}
