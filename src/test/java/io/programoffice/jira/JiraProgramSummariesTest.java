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
import com.atlassian.jira.issue.security.IssueSecurityLevel;
import com.atlassian.jira.issue.security.IssueSecurityLevelManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.Query;
import io.programoffice.core.index.IndexScope;
import io.programoffice.core.index.IndexStatus;
import io.programoffice.core.index.IssueRecord;
import io.programoffice.core.index.ProgramIndex;
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
    private final JiraProgramIndex index = mock(JiraProgramIndex.class);
    private final IssueSecurityLevelManager levels = mock(IssueSecurityLevelManager.class);
    private final JiraProgramSummaries summaries = new JiraProgramSummaries(auth, search, permissions, projects, index,
            new JiraVisibility(auth, permissions, projects, levels));

    @Before
    public void setUp() throws SearchException {
        when(index.status()).thenReturn(status(IndexStatus.State.BUILDING));
        when(index.scope()).thenReturn(IndexScope.EMPTY);
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
    public void summarize_countsFromTheReadyIndex_withoutSearching_whenItHoldsTheProgramsProjects() {
        Project ops = mock(Project.class);
        when(projects.getProjectByCurrentKey("OPS")).thenReturn(ops);
        when(ops.getName()).thenReturn("Operations");
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, ops, alice)).thenReturn(true);
        IssueSecurityLevel embargoed = mock(IssueSecurityLevel.class);
        when(embargoed.getId()).thenReturn(77L);
        when(levels.getUsersSecurityLevels(app, alice)).thenReturn(List.of());
        when(levels.getUsersSecurityLevels(ops, alice)).thenReturn(List.of(embargoed));
        ProgramIndex built = ProgramIndex.build(List.of(
                record(1, "APP-1", StatusCategory.NEW, null), record(2, "APP-2", StatusCategory.DONE, null),
                record(3, "APP-3", StatusCategory.DONE, 77L), record(4, "DATA-1", StatusCategory.NEW, null),
                record(5, "OPS-1", StatusCategory.INDETERMINATE, 77L), record(6, "WEB-1", StatusCategory.NEW, null)));
        when(index.status()).thenReturn(status(IndexStatus.State.READY));
        when(index.scope()).thenReturn(new IndexScope(Set.of("APP", "DATA", "OPS", "WEB"), List.of(),
                IndexScope.EMPTY.estimate(), IndexScope.EMPTY.team(), List.of()));
        when(index.index()).thenReturn(built);

        ProgramSummary summary = summaries.summarize(new Program("DEMO", "Demo", List.of("APP", "DATA", "OPS")));
        assertEquals(List.of("APP", "OPS"), List.copyOf(summary.byProject().keySet()));
        assertEquals(Long.valueOf(2), summary.byProject().get("APP")); // APP-3 carries a level alice is not in
        assertEquals(Long.valueOf(1), summary.byProject().get("OPS"));
        assertEquals(Long.valueOf(1), summary.byStatusCategory().get(StatusCategory.NEW));
        assertEquals(Long.valueOf(1), summary.byStatusCategory().get(StatusCategory.INDETERMINATE));
        assertEquals(Long.valueOf(1), summary.byStatusCategory().get(StatusCategory.DONE));
        assertEquals("Operations", summary.projectNames().get("OPS"));
        verify(search, never()).parseQuery(any(), anyString());

        when(index.scope()).thenReturn(new IndexScope(Set.of("APP"), List.of(),
                IndexScope.EMPTY.estimate(), IndexScope.EMPTY.team(), List.of()));
        summaries.summarize(new Program("DEMO", "Demo", List.of("APP", "OPS")));
        verify(search).parseQuery(alice, "project = \"APP\""); // a project not indexed yet: counted by JQL
    }

    private static IssueRecord record(long id, String key, StatusCategory category, Long level) {
        return new IssueRecord(id, key, key.substring(0, key.indexOf('-')), "Story", category.name(), category, null,
                1L, 2L, List.of(), List.of(), null, null, null, null, level, List.of());
    }

    private static IndexStatus status(IndexStatus.State state) {
        return new IndexStatus("local", state, 0, 0, 0, 0, 0, null, 0, null, null, 0, null);
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
