package io.programoffice.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.project.version.VersionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import io.programoffice.core.admin.Actor;
import io.programoffice.core.audit.AuditLog;
import io.programoffice.core.dependency.DependencyCaller;
import io.programoffice.core.dependency.DependencyLink;
import io.programoffice.core.dependency.DependencyStore;
import io.programoffice.core.index.IssueRecord;
import io.programoffice.core.index.ProgramIndexAccess;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.program.StatusCategory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** Dependencies at the Jira boundary: links through Jira's link manager, sides by Edit Issues, finishes by release. */
public class JiraDependenciesTest {
    private final IssueLinkManager links = mock(IssueLinkManager.class);
    private final IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final VersionManager versions = mock(VersionManager.class);
    private final JiraVisibility visibility = mock(JiraVisibility.class);
    private final ApplicationUser alice = mock(ApplicationUser.class);
    private final JiraDependencies jira = new JiraDependencies(links, linkTypes, authentication, permissions, projects,
            versions, mock(ProgramsWithSchemes.class), mock(ProgramIndexAccess.class), visibility,
            mock(DependencyStore.class), mock(AuditLog.class), mock(AoTransactions.class));

    private IssueLinkType blocks() {
        IssueLinkType type = mock(IssueLinkType.class);
        when(type.getId()).thenReturn(10000L);
        when(type.getName()).thenReturn("Blocks");
        when(linkTypes.getIssueLinkTypesByName("Blocks")).thenReturn(List.of(type));
        return type;
    }

    private IssueLink link(IssueLinkType type, long id, long source, long destination) {
        IssueLink link = mock(IssueLink.class);
        when(link.getId()).thenReturn(id);
        when(link.getIssueLinkType()).thenReturn(type);
        when(link.getSourceId()).thenReturn(source);
        when(link.getDestinationId()).thenReturn(destination);
        return link;
    }

    private static IssueRecord issue(String key, List<String> fixVersions) {
        return new IssueRecord(1, key, key.substring(0, key.indexOf('-')), "Story", "To Do", StatusCategory.NEW, null,
                1L, 2L, fixVersions, List.of(), null, null, null, null, null, List.of());
    }

    @Test
    public void createLink_createsAJiraLinkOfTheNamedType_asTheLoggedInUser_andReadsItBack() throws Exception {
        IssueLinkType type = blocks();
        when(authentication.getLoggedInUser()).thenReturn(alice);
        IssueLink created = link(type, 777L, 2L, 1L);
        when(links.getIssueLink(2L, 1L, 10000L)).thenReturn(created);

        assertEquals(new DependencyLink(777, "Blocks", 2, 1), jira.createLink("Blocks", 2, 1));
        verify(links).createIssueLink(2L, 1L, 10000L, null, alice);
    }

    @Test
    public void createLink_reportsJirasRefusal_andAnUnknownType() throws Exception {
        blocks();
        doThrow(new CreateException("no")).when(links).createIssueLink(anyLong(), anyLong(), anyLong(), any(), any());
        assertThrows(IllegalStateException.class, () -> jira.createLink("Blocks", 2, 1));
        when(linkTypes.getIssueLinkTypesByName("Nope")).thenReturn(List.of());
        assertThrows(IllegalStateException.class, () -> jira.createLink("Nope", 2, 1));
    }

    @Test
    public void deleteLink_removesAnExistingLinkOnly() {
        IssueLink existing = link(blocks(), 5L, 1L, 2L);
        when(links.getIssueLink(5L)).thenReturn(existing);
        when(authentication.getLoggedInUser()).thenReturn(alice);
        jira.deleteLink(5);
        jira.deleteLink(6);
        verify(links).removeIssueLink(existing, alice);
        assertEquals(Optional.of(new DependencyLink(5, "Blocks", 1, 2)), jira.link(5));
        assertEquals(Optional.empty(), jira.link(6));
    }

    @Test
    public void caller_isOnTheSideOfProjectsWhereTheyMayEditIssues() {
        when(authentication.getLoggedInUser()).thenReturn(alice);
        when(visibility.forUser(alice)).thenReturn(VisibilityFilter.everything());
        Project app = mock(Project.class);
        Project web = mock(Project.class);
        when(projects.getProjectByCurrentKey("APP")).thenReturn(app);
        when(projects.getProjectByCurrentKey("WEB")).thenReturn(web);
        when(permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, app, alice)).thenReturn(true);

        DependencyCaller caller = jira.caller(new Actor("alice", false));
        assertTrue(caller.onSide(issue("APP-1", List.of())));
        assertFalse(caller.onSide(issue("WEB-1", List.of())));
        assertTrue(caller.canSee(issue("WEB-1", List.of())));
    }

    @Test
    public void expectedFinish_isTheEarliestReleaseDateOfTheIssuesFixVersions() {
        Project app = mock(Project.class);
        when(app.getId()).thenReturn(10L);
        when(projects.getProjectByCurrentKey("APP")).thenReturn(app);
        Version r1 = version("R1", "2027-03-01");
        Version r2 = version("R2", "2027-01-15");
        Version other = version("R0", "2026-01-01");
        Version undated = version("R3", null);
        when(versions.getVersions(10L)).thenReturn(List.of(r1, r2, other, undated));

        assertEquals(Optional.of(LocalDate.parse("2027-01-15")),
                jira.expectedFinish(issue("APP-1", List.of("R1", "R2", "R3"))));
        assertEquals(Optional.empty(), jira.expectedFinish(issue("APP-2", List.of("R3"))));
        assertEquals(Optional.empty(), jira.expectedFinish(issue("APP-3", List.of())));
        verify(versions, never()).getVersions(11L);
    }

    @Test
    public void expectedFinish_isTheDueDate_beforeAnyRelease() {
        IssueRecord due = new IssueRecord(1, "APP-4", "APP", "Story", "To Do", StatusCategory.NEW, null, 1L, 2L,
                List.of("R1"), List.of(), null, null, null, null, null, List.of(), LocalDate.parse("2027-02-10"));
        assertEquals(Optional.of(LocalDate.parse("2027-02-10")), jira.expectedFinish(due));
        verify(versions, never()).getVersions(org.mockito.ArgumentMatchers.anyLong());
    }

    private static Version version(String name, String date) {
        Version v = mock(Version.class);
        when(v.getName()).thenReturn(name);
        when(v.getReleaseDate()).thenReturn(date == null ? null
                : Date.from(LocalDate.parse(date).atStartOfDay(ZoneId.systemDefault()).toInstant()));
        return v;
    }
}
