package io.programoffice.workbench.host.jql;

import java.util.List;

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
}
