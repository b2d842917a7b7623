package io.programoffice.workbench.host.jql;

import java.util.List;
import java.util.Set;

/** A node of a parsed JQL WHERE clause. */
public sealed interface JqlClause {
    /**
     * All of the clauses hold.
     *
     * @param clauses two or more clauses
     */
    record And(List<JqlClause> clauses) implements JqlClause {
        /** Copies the list. */
        public And {
            clauses = List.copyOf(clauses);
        }
    }

    /**
     * Any of the clauses holds.
     *
     * @param clauses two or more clauses
     */
    record Or(List<JqlClause> clauses) implements JqlClause {
        /** Copies the list. */
        public Or {
            clauses = List.copyOf(clauses);
        }
    }

    /**
     * The clause does not hold.
     *
     * @param clause the negated clause
     */
    record Not(JqlClause clause) implements JqlClause {
    }

    /**
     * A comparison such as {@code project in (APP, WEB)}.
     *
     * @param field the field compared
     * @param operator the operator
     * @param values the operand: one value, or the list's values for {@link JqlOperator#takesList()} operators
     */
    record Terminal(JqlField field, JqlOperator operator, List<JqlValue> values) implements JqlClause {
        /** Copies the list. */
        public Terminal {
            values = List.copyOf(values);
        }
    }

    /**
     * A comparison with a function, such as {@code issue in programIssues("DEMO")}: what the function stands for is
     * known only when the query runs, for the searcher.
     *
     * @param field the field compared (the issue)
     * @param operator {@link JqlOperator#IN} or {@link JqlOperator#NOT_IN}
     * @param name the function's name as written
     * @param args its arguments, unquoted
     */
    record Function(JqlField field, JqlOperator operator, String name, List<String> args) implements JqlClause {
        /** Copies the list. */
        public Function {
            args = List.copyOf(args);
        }

        /** @return the call as the host product shows it, e.g. {@code programIssues(DEMO, 2026.Q3)} */
        public String display() {
            return name + "(" + String.join(", ", args) + ")";
        }
    }

    /**
     * The issues with (or, for a negative operator, without) these ids: a {@link Function} once it is resolved.
     *
     * @param operator {@link JqlOperator#IN} or {@link JqlOperator#NOT_IN}
     * @param ids the issue ids
     */
    record IssueIds(JqlOperator operator, Set<Long> ids) implements JqlClause {
        /** Copies the set. */
        public IssueIds {
            ids = Set.copyOf(ids);
        }
    }
}
