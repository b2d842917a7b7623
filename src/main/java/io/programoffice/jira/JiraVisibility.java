package io.programoffice.jira;

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
import java.util.Map;

/**
 * What a Jira user may see of the program index: Browse Projects per project, asked of Jira's permission manager
 * once per project and remembered for the one read. Issues carrying an issue security level are hidden until the
 * level check is wired (conservative: never shows what might be secret).
 */
@Named
public class JiraVisibility {
    private final JiraAuthenticationContext authentication;
    private final PermissionManager permissions;
    private final ProjectManager projects;

    @Inject
    public JiraVisibility(@ComponentImport JiraAuthenticationContext authentication,
                          @ComponentImport PermissionManager permissions,
                          @ComponentImport ProjectManager projects) {
        this.authentication = authentication;
        this.permissions = permissions;
        this.projects = projects;
    }

    /** For the logged-in user; sees nothing for an anonymous request. Use for one read, then drop. */
    public VisibilityFilter forCurrentUser() {
        return forUser(authentication.getLoggedInUser());
    }

    /** For {@code user} ({@code null}: anonymous, sees nothing). Use for one read, then drop. */
    public VisibilityFilter forUser(ApplicationUser user) {
        Map<String, Boolean> browse = new HashMap<>();
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
                return false;
            }
        };
    }
}
