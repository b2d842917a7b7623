package io.programoffice.jira;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.security.IssueSecurityLevel;
import com.atlassian.jira.issue.security.IssueSecurityLevelManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import io.programoffice.core.index.VisibilityFilter;
import java.util.List;
import org.junit.Before;
import org.junit.Test;

public class JiraVisibilityTest {
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final IssueSecurityLevelManager levels = mock(IssueSecurityLevelManager.class);
    private final ApplicationUser alice = mock(ApplicationUser.class);
    private final Project api = mock(Project.class);
    private final Project sec = mock(Project.class);

    @Before
    public void setUp() {
        when(projects.getProjectByCurrentKey("API")).thenReturn(api);
        when(projects.getProjectByCurrentKey("SEC")).thenReturn(sec);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, api, alice)).thenReturn(true);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, sec, alice)).thenReturn(false);
        IssueSecurityLevel internal = mock(IssueSecurityLevel.class);
        when(internal.getId()).thenReturn(10_000L);
        when(levels.getUsersSecurityLevels(api, alice)).thenReturn(List.of(internal));
        when(authentication.getLoggedInUser()).thenReturn(alice);
    }

    @Test
    public void forCurrentUser_seesTheLevelsJiraGivesHer_inProjectsSheBrowses() {
        VisibilityFilter filter = new JiraVisibility(authentication, permissions, projects, levels).forCurrentUser();

        assertTrue(filter.canBrowseProject("API"));
        assertFalse(filter.canBrowseProject("SEC"));
        assertTrue(filter.canSeeSecurityLevel("API", 10_000));
        assertFalse(filter.canSeeSecurityLevel("API", 10_100));
        assertFalse(filter.canSeeSecurityLevel("SEC", 10_000));
        assertFalse(filter.canBrowseProject("NOPE"));
    }

    @Test
    public void levels_areAskedOncePerProject_forOneRead() {
        VisibilityFilter filter = new JiraVisibility(authentication, permissions, projects, levels).forUser(alice);

        filter.canSeeSecurityLevel("API", 10_000);
        filter.canSeeSecurityLevel("API", 10_100);
        filter.canSeeSecurityLevel("API", 10_000);

        verify(levels, times(1)).getUsersSecurityLevels(api, alice);
    }

    @Test
    public void anonymous_seesNothing() {
        VisibilityFilter anonymous = new JiraVisibility(authentication, permissions, projects, levels).forUser(null);
        assertFalse(anonymous.canBrowseProject("API"));
        assertFalse(anonymous.canSeeSecurityLevel("API", 10_000));
    }
}
