package io.programoffice.workbench.host.jql;

import java.util.List;

/**
 * A parameterised SQL boolean expression: values never appear in {@link #sql()}, only as {@code ?} placeholders
 * bound, in order, to {@link #parameters()}.
 *
 * @param sql the expression
 * @param parameters the values of its placeholders, in order ({@link String}, {@link Long} or {@code Long[]})
 */
public record SqlCondition(String sql, List<Object> parameters) {
    /** Copies the list. */
    public SqlCondition {
        parameters = List.copyOf(parameters);
    }
}
