package io.programoffice.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.Query;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramSummary;
import io.programoffice.core.program.StatusCategory;
import java.util.List;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

/** The adapter at the Jira boundary: permission first, then JQL counts run as the user. */
public class JiraProgramSummariesTest {
    private final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
    private final SearchService search = mock(SearchService.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final ApplicationUser alice = mock(ApplicationUser.class);
    private final Project app = mock(Project.class);
    private final Project data = mock(Project.class);
    private final MessageSet noErrors = mock(MessageSet.class);
    private final JiraProgramSummaries summaries = new JiraProgramSummaries(auth, search, permissions, projects);

    @Before
    public void setUp() throws SearchException {
        when(alice.getUsername()).thenReturn("alice");
        when(auth.getLoggedInUser()).thenReturn(alice);
        when(projects.getProjectByCurrentKey("APP")).thenReturn(app);
        when(app.getName()).thenReturn("Mobile App");
        when(projects.getProjectByCurrentKey("DATA")).thenReturn(data);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, app, alice)).thenReturn(true);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, data, alice)).thenReturn(false);
        when(noErrors.hasAnyErrors()).thenReturn(false);
        when(search.parseQuery(eq(alice), anyString())).thenAnswer(call -> {
            Query query = mock(Query.class);
            when(query.getQueryString()).thenReturn(call.getArgument(1));
            return new SearchService.ParseResult(query, noErrors);
        });
        when(search.searchCount(eq(alice), any(Query.class))).thenAnswer(call -> {
            String jql = ((Query) call.getArgument(1)).getQueryString();
            if (jql.endsWith("statusCategory = 2")) {
                return 4L;
            }
            if (jql.endsWith("statusCategory = 4")) {
                return 3L;
            }
            if (jql.endsWith("statusCategory = 3")) {
                return 2L;
            }
            return 9L;
        });
    }

    @Test
    public void summarize_countsOnlyBrowsableProjects_andNeverSearchesTheOthers() throws SearchException {
        ProgramSummary summary = summaries.summarize(new Program("DEMO", "Demo", List.of("APP", "DATA", "GONE")));
        assertEquals(Set.of("APP"), summary.byProject().keySet());
        assertEquals(9, summary.issues());
        assertEquals("Mobile App", summary.projectNames().get("APP"));
        assertEquals(Long.valueOf(4), summary.byStatusCategory().get(StatusCategory.NEW));
        assertEquals(Long.valueOf(2), summary.byStatusCategory().get(StatusCategory.DONE));
        verify(search).parseQuery(alice, "project = \"APP\"");
        verify(search).parseQuery(alice, "project = \"APP\" AND statusCategory = 4");
        verify(search, never()).parseQuery(eq(alice), eq("project = \"DATA\""));
    }

    @Test
    public void summarize_reportsInvalidJqlClearly() {
        MessageSet errors = mock(MessageSet.class);
        when(errors.hasAnyErrors()).thenReturn(true);
        when(errors.getErrorMessages()).thenReturn(Set.of("Field 'statusCategory' does not exist"));
        when(search.parseQuery(eq(alice), anyString())).thenReturn(new SearchService.ParseResult(null, errors));
        IssueSearchException e = assertThrows(IssueSearchException.class,
                () -> summaries.summarize(new Program("DEMO", "Demo", List.of("APP"))));
        assertTrue(e.getMessage().contains("statusCategory' does not exist"));
    }

    @Test
    public void summarize_needsALoggedInUser() {
        when(auth.getLoggedInUser()).thenReturn(null);
        assertTrue(summaries.currentViewer().isEmpty());
        assertThrows(IllegalStateException.class, () -> summaries.summarize(new Program("DEMO", "Demo", List.of("APP"))));
    }

    @Test
    public void currentViewer_isTheLoggedInUsersName() {
        assertEquals("alice", summaries.currentViewer().orElseThrow().username());
    }

    @Test
    public void projectClause_quotesKeysSafely() {
        assertEquals("project = \"A\\\"B\"", JiraIssueCounts.projectClause("A\"B"));
    }
}
