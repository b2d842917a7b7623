package io.programoffice.workbench.host.jql;

import java.util.List;
import java.util.Optional;

/**
 * A parsed JQL query.
 *
 * @param where the WHERE clause, or {@code null} for a query that matches every issue (an empty query, or one with
 *     only an ORDER BY)
 * @param orderBy the ORDER BY terms, possibly none
 */
public record JqlQuery(JqlClause where, List<JqlSort> orderBy) {
    /** Copies the list. */
    public JqlQuery {
        orderBy = List.copyOf(orderBy);
    }

    /** @return the WHERE clause, empty when the query matches every issue */
    public Optional<JqlClause> whereClause() {
        return Optional.ofNullable(where);
    }
}
