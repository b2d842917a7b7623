package io.programoffice.workbench.web;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.programoffice.workbench.host.WbAuthenticationContext;
import io.programoffice.workbench.host.WbIssueSecurityLevelManager;
import io.programoffice.workbench.host.WbPermissionManager;
import io.programoffice.workbench.host.WbSearchService;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Jira's issue search in REST API v2, as far as a user of the workbench needs it to try the plugin's JQL functions:
 * {@code GET /rest/api/2/search?jql=...&maxResults=N} &rarr; {@code {"startAt":0,"maxResults","total","issues":[{"id",
 * "key","fields":{"summary","status":{"name"}}}]}}, in the query's order, only issues the caller may see (project
 * browse and issue security), at most 1,000 a page (default 50; the first page only). A query that does not parse,
 * or a function that refuses its arguments, is 400 with Jira's error shape; not logged in is 401.
 */
public final class SearchRestServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The path the workbench maps this servlet to. */
    public static final String PATH = "/rest/api/2/search";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX = 1_000;
    /** Matches read (whatever the caller may see) before filtering by visibility. */
    private static final int SCAN = 20_000;

    private final transient WbSearchService search;
    private final transient WbPermissionManager permissions;
    private final transient WbIssueSecurityLevelManager levels;
    private final transient WbAuthenticationContext authentication;

    public SearchRestServlet(WbSearchService search, WbPermissionManager permissions,
                             WbIssueSecurityLevelManager levels, WbAuthenticationContext authentication) {
        this.search = search;
        this.permissions = permissions;
        this.levels = levels;
        this.authentication = authentication;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            error(resp, 401, "You are not authenticated. Authentication required to perform this operation.");
            return;
        }
        int max;
        try {
            max = req.getParameter("maxResults") == null ? 50 : Integer.parseInt(req.getParameter("maxResults"));
        } catch (NumberFormatException e) {
            error(resp, 400, "maxResults must be a number.");
            return;
        }
        if (max < 0 || max > MAX) {
            error(resp, 400, "maxResults must be between 0 and " + MAX + ".");
            return;
        }
        SearchService.ParseResult parsed = search.parseQuery(user, req.getParameter("jql"));
        if (!parsed.isValid()) {
            resp.setStatus(400);
            resp.setContentType("application/json;charset=UTF-8");
            JSON.writeValue(resp.getOutputStream(), Map.of("errorMessages",
                    List.copyOf(parsed.getErrors().getErrorMessages()), "errors", Map.of()));
            return;
        }
        try {
            long total = search.searchCount(user, parsed.getQuery());
            Set<Long> projects = permissions.browsableProjectIds(user);
            Set<Long> visibleLevels = levels.visibleLevelIds(user);
            List<Map<String, Object>> issues = new ArrayList<>();
            for (Issue issue : search.searchOverrideSecurity(user, parsed.getQuery(), new PagerFilter<>(SCAN))
                    .getResults()) {
                if (issues.size() == max) {
                    break;
                }
                if (projects.contains(issue.getProjectId()) && (issue.getSecurityLevelId() == null
                        || visibleLevels.contains(issue.getSecurityLevelId()))) {
                    Map<String, Object> fields = new LinkedHashMap<>();
                    fields.put("summary", issue.getSummary());
                    fields.put("status", Map.of("name", issue.getStatusObject().getName()));
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", String.valueOf(issue.getId()));
                    row.put("key", issue.getKey());
                    row.put("fields", fields);
                    issues.add(row);
                }
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("startAt", 0);
            body.put("maxResults", max);
            body.put("total", total);
            body.put("issues", issues);
            resp.setContentType("application/json;charset=UTF-8");
            JSON.writeValue(resp.getOutputStream(), body);
        } catch (SearchException e) {
            error(resp, 500, "The search failed: " + e.getMessage());
        }
    }

    private static void error(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json;charset=UTF-8");
        JSON.writeValue(resp.getOutputStream(), Map.of("errorMessages", List.of(message), "errors", Map.of()));
    }
}
