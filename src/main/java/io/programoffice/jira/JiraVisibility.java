package io.programoffice.jira;

import com.atlassian.jira.issue.security.IssueSecurityLevel;
import com.atlassian.jira.issue.security.IssueSecurityLevelManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.programoffice.core.index.VisibilityFilter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a Jira user may see of the program index: Browse Projects per project, asked of Jira's permission manager
 * once per project, and the issue security levels of each project's scheme the user is in, asked of Jira's
 * {@link IssueSecurityLevelManager} once per project; both remembered for the one read. Anonymous users see
 * nothing.
 */
@Named
public class JiraVisibility {
    private final JiraAuthenticationContext authentication;
    private final PermissionManager permissions;
    private final ProjectManager projects;
    private final IssueSecurityLevelManager securityLevels;

    @Inject
    public JiraVisibility(@ComponentImport JiraAuthenticationContext authentication,
                          @ComponentImport PermissionManager permissions,
                          @ComponentImport ProjectManager projects,
                          @ComponentImport IssueSecurityLevelManager securityLevels) {
        this.authentication = authentication;
        this.permissions = permissions;
        this.projects = projects;
        this.securityLevels = securityLevels;
    }

    /** For the logged-in user; sees nothing for an anonymous request. Use for one read, then drop. */
    public VisibilityFilter forCurrentUser() {
        return forUser(authentication.getLoggedInUser());
    }

    /** For {@code user} ({@code null}: anonymous, sees nothing). Use for one read, then drop. */
    public VisibilityFilter forUser(ApplicationUser user) {
        Map<String, Boolean> browse = new HashMap<>();
        Map<String, Set<Long>> levels = new HashMap<>();
        return new VisibilityFilter() {
            @Override
            public boolean canBrowseProject(String projectKey) {
                if (user == null) {
                    return false;
                }
                synchronized (browse) {
                    return browse.computeIfAbsent(projectKey, key -> {
                        Project project = projects.getProjectByCurrentKey(key);
                        return project != null
                                && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user);
                    });
                }
            }

            @Override
            public boolean canSeeSecurityLevel(String projectKey, long securityLevelId) {
                if (user == null || !canBrowseProject(projectKey)) {
                    return false;
                }
                synchronized (levels) {
                    return levels.computeIfAbsent(projectKey, key -> {
                        Project project = projects.getProjectByCurrentKey(key);
                        List<IssueSecurityLevel> seen = project == null ? null
                                : securityLevels.getUsersSecurityLevels(project, user);
                        Set<Long> ids = new HashSet<>();
                        if (seen != null) {
                            for (IssueSecurityLevel level : seen) {
                                ids.add(level.getId());
                            }
                        }
                        return ids;
                    }).contains(securityLevelId);
                }
            }
        };
    }
}
