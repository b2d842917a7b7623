package io.programoffice.core.view;

import java.time.Instant;
import java.util.Objects;

/**
 * A view saved under a name for a program: its query in query-string form ({@link ViewQuery#toQueryString()}).
 * Every viewer of the program sees the program's saved views; the owner, the program's owners and Jira
 * administrators may delete one. Immutable.
 *
 * @param id         the store's id (0 before it is stored)
 * @param programKey the program's key
 * @param name       the name, unique per program and owner
 * @param owner      the username of who saved it
 * @param query      the query
 * @param created    when it was saved
 */
public record SavedView(long id, String programKey, String name, String owner, ViewQuery query, Instant created) {
    public SavedView {
        Objects.requireNonNull(programKey, "programKey");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(created, "created");
    }
}
