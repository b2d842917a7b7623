package io.programoffice.workbench.host;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.Query;
import io.programoffice.workbench.data.WorkbenchDatabase;
import io.programoffice.workbench.host.jql.JqlParseException;
import io.programoffice.workbench.host.jql.JqlParser;
import io.programoffice.workbench.host.jql.JqlQuery;
import io.programoffice.workbench.host.jql.JqlSqlTranslator;
import io.programoffice.workbench.host.jql.SqlCondition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Issue search of the workbench over a JQL subset (see {@link JqlParser} for the grammar and
 * {@link JqlSqlTranslator} for the fields and how values match). Counting is restricted to the projects the
 * searcher may browse; values that name no project, status or version are not errors and match no issue.
 */
public final class WbSearchService implements SearchService {
    private final WorkbenchDatabase db;
    private final WbPermissionManager permissions;
    private volatile WbJqlFunctions functions = WbJqlFunctions.none();
    private final WbIssueSecurityLevelManager securityLevels;
    private final WbIssueStore issues;

    /**
     * A search without JQL functions until {@link #useFunctions} gives it the plugin's.
     *
     * @param db the workbench database
     * @param permissions which projects a searcher may browse
     * @param securityLevels which issue security levels a searcher may see
     * @param issues reads the issues a search found
     */
    public WbSearchService(WorkbenchDatabase db, WbPermissionManager permissions,
                           WbIssueSecurityLevelManager securityLevels, WbIssueStore issues) {
        this.db = db;
        this.permissions = permissions;
        this.securityLevels = securityLevels;
        this.issues = issues;
    }

    /**
     * Makes the plugin's JQL functions callable as {@code issue in name(args)}; set once at start-up, after the plugin
     * is wired (its functions may themselves need host services, this one included).
     *
     * @param functions the plugin's functions
     */
    public void useFunctions(WbJqlFunctions functions) {
        this.functions = Objects.requireNonNull(functions, "functions");
    }

    /**
     * Parses JQL, then, for a user, lets each function call validate its arguments for them (the host product does
     * that in {@code validateQuery}; the workbench reports both here). Without a searcher (the plugin's own system
     * queries, which the host product never validates) it only parses; a function then answers what it answers at
     * search time.
     *
     * @param searcher the user searching, or {@code null}
     * @param query the JQL; {@code null} is treated as the empty query, which matches every issue
     * @return a valid result holding a {@link WbQuery}, or an invalid one with a {@code null} query and the error
     *     messages: one for bad syntax or a bad clause, else those of the function calls
     */
    @Override
    public ParseResult parseQuery(ApplicationUser searcher, String query) {
        String text = query == null ? "" : query;
        WbJqlFunctions known = functions;
        try {
            JqlQuery parsed = JqlParser.parse(text, known.names());
            List<String> errors = searcher == null ? List.of() : known.validate(parsed, searcher);
            if (!errors.isEmpty()) {
                return new ParseResult(null, WbMessageSet.ofErrors(errors.toArray(String[]::new)));
            }
            return new ParseResult(new WbQuery(text, parsed), WbMessageSet.empty());
        } catch (JqlParseException e) {
            return new ParseResult(null, WbMessageSet.ofErrors(e.getMessage()));
        }
    }

    /**
     * The query's WHERE clause as SQL over the issue table, function calls answered for the searcher.
     *
     * @param query a query from {@link #parseQuery}
     * @param searcher the user searching, or {@code null}
     * @param overrideSecurity whether function calls may answer issues the searcher may not see
     * @return the condition
     */
    SqlCondition condition(WbQuery query, ApplicationUser searcher, boolean overrideSecurity) {
        return JqlSqlTranslator.translate(functions.resolve(query.jql(), searcher, overrideSecurity));
    }

    /**
     * Counts the issues matching the query in the projects the searcher may browse.
     *
     * @param searcher the user searching; {@code null} (anonymous) browses no project and so counts 0
     * @param query a query from {@link #parseQuery}
     * @return the number of matching issues
     * @throws SearchException when the query did not come from {@link #parseQuery}, or on a database failure
     */
    @Override
    public long searchCount(ApplicationUser searcher, Query query) throws SearchException {
        if (!(query instanceof WbQuery wbQuery)) {
            throw new SearchException("The workbench can only run queries from its own parseQuery, not "
                    + (query == null ? "null" : query.getClass().getName()));
        }
        Set<Long> projectIds;
        try {
            projectIds = permissions.browsableProjectIds(searcher);
        } catch (RuntimeException e) {
            throw new SearchException("Cannot read the searcher's projects", e);
        }
        if (projectIds.isEmpty()) {
            return 0;
        }
        Set<Long> levels;
        try {
            levels = securityLevels.visibleLevelIds(searcher);
        } catch (RuntimeException e) {
            throw new SearchException("Cannot read the searcher's security levels", e);
        }
        SqlCondition condition = condition(wbQuery, searcher, false);
        String sql = "SELECT COUNT(*) FROM ISSUE " + JqlSqlTranslator.ISSUE_ALIAS + " WHERE "
                + JqlSqlTranslator.ISSUE_ALIAS + ".PROJECT_ID IN ("
                + projectIds.stream().map(id -> "?").collect(Collectors.joining(", ")) + ") AND (i.SECURITY_LEVEL_ID"
                + " IS NULL" + (levels.isEmpty() ? "" : " OR i.SECURITY_LEVEL_ID IN (" + levels.stream()
                        .map(String::valueOf).collect(Collectors.joining(", ")) + ")") + ") AND "
                + condition.sql();
        try (Connection connection = db.connection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            int index = 1;
            for (Long id : projectIds) {
                select.setLong(index++, id);
            }
            for (Object parameter : condition.parameters()) {
                select.setObject(index++, parameter);
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new SearchException("Cannot count the issues matching " + wbQuery.getQueryString(), e);
        }
    }

    /**
     * Finds the issues matching the query in every project, whatever the searcher may see, in the query's order
     * ({@link JqlSqlTranslator#orderBy}), one page as the pager says.
     *
     * @param searcher ignored: security is overridden
     * @param query a query from {@link #parseQuery}
     * @param pager the page (start and maximum)
     * @return that page of issues and the total number of matches
     * @throws SearchException when the query did not come from {@link #parseQuery}, or on a database failure
     */
    @Override
    public SearchResults<Issue> searchOverrideSecurity(ApplicationUser searcher, Query query, PagerFilter pager)
            throws SearchException {
        if (!(query instanceof WbQuery wbQuery)) {
            throw new SearchException("The workbench can only run queries from its own parseQuery, not "
                    + (query == null ? "null" : query.getClass().getName()));
        }
        SqlCondition condition = condition(wbQuery, searcher, true);
        String where = " FROM ISSUE i WHERE " + condition.sql();
        List<Long> ids = new ArrayList<>();
        int total;
        try (Connection connection = db.connection()) {
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*)" + where)) {
                bind(count, condition, 1);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    total = (int) Math.min(Integer.MAX_VALUE, row.getLong(1));
                }
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT i.ID" + where + " ORDER BY "
                    + JqlSqlTranslator.orderBy(wbQuery.jql()) + " LIMIT ? OFFSET ?")) {
                int index = bind(select, condition, 1);
                select.setInt(index++, Math.max(0, pager.getMax()));
                select.setInt(index, Math.max(0, pager.getStart()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new SearchException("Cannot search the issues matching " + wbQuery.getQueryString(), e);
        }
        try {
            return new SearchResults<>(new ArrayList<Issue>(issues.byIds(ids)), total, pager);
        } catch (RuntimeException e) {
            throw new SearchException("Cannot read the issues matching " + wbQuery.getQueryString(), e);
        }
    }

    private static int bind(PreparedStatement statement, SqlCondition condition, int first) throws SQLException {
        int index = first;
        for (Object parameter : condition.parameters()) {
            statement.setObject(index++, parameter);
        }
        return index;
    }
}
