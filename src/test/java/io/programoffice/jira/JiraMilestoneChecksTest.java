package io.programoffice.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.security.IssueSecurityLevel;
import com.atlassian.jira.issue.security.IssueSecurityLevelManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.Query;
import io.programoffice.core.admin.Actor;
import io.programoffice.core.index.IndexStatus;
import io.programoffice.core.index.IssueRecord;
import io.programoffice.core.index.ProgramIndex;
import io.programoffice.core.index.ProgramIndexAccess;
import io.programoffice.core.index.ProgramMembership;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.StatusCategory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

/**
 * The milestone checks against a mocked Jira (search, users, permissions, security levels) and a real program index:
 * APP-1 (created 2026-03-10), APP-2 (2026-01-05), API-7 in the Embargoed level (2025-11-20), SEC-1 (2025-06-01);
 * Alice browses APP and API without the Embargoed level, not SEC.
 */
public class JiraMilestoneChecksTest {
    private static final long EMBARGOED = 10_100L;
    private static final ZoneId ZONE = ZoneId.systemDefault();
    private final SearchService search = mock(SearchService.class);
    private final UserManager users = mock(UserManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final IssueSecurityLevelManager levels = mock(IssueSecurityLevelManager.class);
    private final ApplicationUser alice = mock(ApplicationUser.class);
    private final Actor aliceActor = new Actor("alice", false);
    private IndexStatus.State state = IndexStatus.State.READY;
    private ProgramIndex index;
    private JiraMilestoneChecks checks;

    @Before
    public void setUp() {
        when(users.getUserByName("alice")).thenReturn(alice);
        for (String key : List.of("APP", "API", "SEC")) {
            Project project = mock(Project.class);
            when(projects.getProjectByCurrentKey(key)).thenReturn(project);
            when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, alice))
                    .thenReturn(!key.equals("SEC"));
            IssueSecurityLevel internal = mock(IssueSecurityLevel.class);
            when(internal.getId()).thenReturn(10_000L);
            when(levels.getUsersSecurityLevels(project, alice)).thenReturn(List.of(internal));
        }
        index = ProgramIndex.build(List.of(
                issue(1, "APP-1", LocalDate.parse("2026-03-10"), null),
                issue(2, "APP-2", LocalDate.parse("2026-01-05"), null),
                issue(3, "API-7", LocalDate.parse("2025-11-20"), EMBARGOED),
                issue(4, "SEC-1", LocalDate.parse("2025-06-01"), null)));
        JiraVisibility visibility = new JiraVisibility(mock(JiraAuthenticationContext.class), permissions, projects,
                levels);
        checks = new JiraMilestoneChecks(search, users, new Access(), visibility);
    }

    private static IssueRecord issue(long id, String key, LocalDate created, Long level) {
        return new IssueRecord(id, key, key.substring(0, key.indexOf('-')), "Story", "To Do", StatusCategory.NEW,
                null, created.atStartOfDay(ZONE).plusHours(9).toInstant().toEpochMilli(), 0, List.of(), List.of(),
                null, null, null, null, level, List.of());
    }

    @Test
    public void notBrowsable_namesUnknownHiddenAndEmbargoedIssuesAlike_inTheOrderGiven() {
        assertEquals(List.of("API-7", "SEC-1", "APP-99", "NOPE-1"),
                checks.notBrowsable(aliceActor, List.of("APP-1", "API-7", "SEC-1", "APP-99", "NOPE-1", "APP-2")));
        assertEquals(List.of(), checks.notBrowsable(aliceActor, List.of("APP-1", "APP-2")));
    }

    @Test
    public void notBrowsable_anUnknownUserSeesNothing() {
        assertEquals(List.of("APP-1"), checks.notBrowsable(new Actor("ghost", false), List.of("APP-1")));
    }

    @Test
    public void jqlProblem_isJirasMessage_askedAsTheActor() {
        MessageSet ok = mock(MessageSet.class);
        when(search.parseQuery(alice, "project = APP")).thenReturn(new SearchService.ParseResult(mock(Query.class), ok));
        MessageSet bad = mock(MessageSet.class);
        when(bad.hasAnyErrors()).thenReturn(true);
        when(bad.getErrorMessages()).thenReturn(new LinkedHashSet<>(List.of("Field 'nope' does not exist.",
                "Check the query.")));
        when(search.parseQuery(alice, "nope = 1")).thenReturn(new SearchService.ParseResult(null, bad));

        assertEquals(Optional.empty(), checks.jqlProblem(aliceActor, "project = APP"));
        assertEquals(Optional.of("Field 'nope' does not exist. Check the query."),
                checks.jqlProblem(aliceActor, "nope = 1"));
    }

    @Test
    public void userExists_asksJirasUserManagerByName() {
        assertTrue(checks.userExists("alice"));
        assertFalse(checks.userExists("ghost"));
    }

    @Test
    public void programStart_isTheEarliestCreationAmongTheProgramsIssues_visibleOrNot() {
        assertEquals(Optional.of(LocalDate.parse("2025-11-20")),
                checks.programStart(new Program("DEMO", "Demo", List.of("APP", "API"))));
        assertEquals(Optional.of(LocalDate.parse("2026-01-05")),
                checks.programStart(new Program("APPS", "Apps", List.of("APP"))));
        assertEquals(Optional.empty(), checks.programStart(new Program("NONE", "None", List.of("OPS"))));
    }

    @Test
    public void programStart_isUnknown_untilTheIndexIsReady() {
        state = IndexStatus.State.BUILDING;
        assertEquals(Optional.empty(), checks.programStart(new Program("DEMO", "Demo", List.of("APP", "API"))));
    }

    private final class Access implements ProgramIndexAccess {
        @Override
        public ProgramIndex index() {
            return index;
        }

        @Override
        public ProgramMembership membership(Program program) {
            return ProgramMembership.ofProjects(Set.copyOf(program.scope().projects()));
        }

        @Override
        public IndexStatus status() {
            return new IndexStatus("local", state, 0, 0, 0, 0, 0, null, 0, null, null, 0, null);
        }
    }
}
