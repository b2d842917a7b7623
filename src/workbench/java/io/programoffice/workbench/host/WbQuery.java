package io.programoffice.workbench.host;

import com.atlassian.query.Query;
import io.programoffice.workbench.host.jql.JqlQuery;
import java.util.Objects;

/** A successfully parsed JQL query of the workbench: the original string and its syntax tree. */
public final class WbQuery implements Query {
    private final String queryString;
    private final JqlQuery jql;

    /**
     * @param queryString the JQL as written
     * @param jql its syntax tree
     */
    public WbQuery(String queryString, JqlQuery jql) {
        this.queryString = Objects.requireNonNull(queryString, "queryString");
        this.jql = Objects.requireNonNull(jql, "jql");
    }

    @Override
    public String getQueryString() {
        return queryString;
    }

    /** @return the syntax tree */
    public JqlQuery jql() {
        return jql;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WbQuery other && queryString.equals(other.queryString) && jql.equals(other.jql);
    }

    @Override
    public int hashCode() {
        return Objects.hash(queryString, jql);
    }

    @Override
    public String toString() {
        return queryString;
    }
}
