package io.programoffice.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import io.programoffice.core.program.IssueCounts;
import io.programoffice.core.program.StatusCategory;

/**
 * {@link IssueCounts} for one Jira user: checks Browse Projects first, then counts with JQL searches run as that
 * user, so Jira applies issue security too. One JQL count per call. Not shared between users; thread-safe.
 */
final class JiraIssueCounts implements IssueCounts {
    private final ApplicationUser user;
    private final SearchService search;
    private final PermissionManager permissions;
    private final ProjectManager projects;

    JiraIssueCounts(ApplicationUser user, SearchService search, PermissionManager permissions, ProjectManager projects) {
        this.user = user;
        this.search = search;
        this.permissions = permissions;
        this.projects = projects;
    }

    @Override
    public boolean canBrowse(String projectKey) {
        Project project = projects.getProjectByCurrentKey(projectKey);
        return project != null && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user);
    }

    @Override
    public String projectName(String projectKey) {
        return projectName(projects, projectKey);
    }

    /** The project's name, or its key when Jira no longer has it. */
    static String projectName(ProjectManager projects, String projectKey) {
        Project project = projects.getProjectByCurrentKey(projectKey);
        return project == null ? projectKey : project.getName();
    }

    @Override
    public long total(String projectKey) {
        return count(projectClause(projectKey));
    }

    @Override
    public long inCategory(String projectKey, StatusCategory category) {
        return count(projectClause(projectKey) + " AND statusCategory = " + category.jiraId());
    }

    static String projectClause(String projectKey) {
        return "project = \"" + projectKey.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private long count(String jql) {
        SearchService.ParseResult parsed = search.parseQuery(user, jql);
        if (!parsed.isValid()) {
            throw new IssueSearchException("Jira rejected the query [" + jql + "]: " + parsed.getErrors().getErrorMessages());
        }
        try {
            return search.searchCount(user, parsed.getQuery());
        } catch (SearchException e) {
            throw new IssueSearchException("Jira could not run the query [" + jql + "]", e);
        }
    }
}
