package io.programoffice.jira.jql;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.issue.security.IssueSecurityLevelManager;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.sal.api.message.I18nResolver;
import io.programoffice.core.index.IndexStatus;
import io.programoffice.core.index.IssueRecord;
import io.programoffice.core.index.ProgramIndex;
import io.programoffice.core.index.ProgramIndexAccess;
import io.programoffice.core.index.ProgramMembership;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramScope;
import io.programoffice.core.program.StatusCategory;
import io.programoffice.jira.JiraVisibility;
import io.programoffice.testing.StoredPrograms;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

/**
 * {@code programIssues} at the Jira boundary: Jira's permission and project managers and the i18n resolver are
 * mocked; programs, the index and its membership are real values.
 */
public class ProgramIssuesFunctionTest {
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final ApplicationUser bob = mock(ApplicationUser.class);
    private final TerminalClause clause = mock(TerminalClause.class);
    private final StoredPrograms stored = new StoredPrograms(
            program("PLAT", List.of("APP", "WEB"), null, false),
            program("OLD", List.of("WEB"), null, true),
            program("MIX", List.of("APP"), "labels = platform", false));
    private final Map<String, ProgramMembership> memberships = Map.of(
            "PLAT", ProgramMembership.ofProjects(Set.of("APP", "WEB")),
            "OLD", ProgramMembership.ofProjects(Set.of("WEB")),
            "MIX", ProgramMembership.of(Set.of("APP"), new long[] {31}));
    private final ProgramIndex index = ProgramIndex.build(List.of(
            issue(11, "APP-1", List.of("R1")),
            issue(12, "APP-2", List.of("R2")),
            issue(13, "APP-3", List.of()),
            issue(21, "WEB-1", List.of("r1", "R2")),
            issue(31, "SEC-1", List.of("R1")),
            issue(41, "OPS-1", List.of("R1"))));
    private ProgramIssuesFunction function;

    @Before
    public void setUp() {
        Project app = project("APP");
        Project web = project("WEB");
        Project sec = project("SEC");
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, app, bob)).thenReturn(true);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, web, bob)).thenReturn(false);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, sec, bob)).thenReturn(true);
        when(i18n.getText(anyString(), any(Serializable[].class))).thenAnswer(call -> call.getArgument(0) + " "
                + Arrays.toString(Arrays.copyOfRange(call.getArguments(), 1, call.getArguments().length)));
        JiraVisibility visibility = new JiraVisibility(mock(JiraAuthenticationContext.class), permissions, projects,
                mock(IssueSecurityLevelManager.class));
        function = new ProgramIssuesFunction(stored, new Access(), visibility, i18n);
    }

    @Test
    public void getValues_answersOnlyTheProgramsIssuesTheSearcherMayBrowse() {
        assertEquals(List.of(11L, 12L, 13L), ids(function.getValues(context(bob, false), call("PLAT"), clause)));
    }

    @Test
    public void getValues_includesIssuesTheProgramsJqlMatched_outsideItsProjects() {
        assertEquals(List.of(11L, 12L, 13L, 31L), ids(function.getValues(context(bob, false), call("MIX"), clause)));
    }

    @Test
    public void getValues_keepsOnlyIssuesWithTheFixVersion_ignoringCase() {
        assertEquals(List.of(11L), ids(function.getValues(context(bob, false), call("PLAT", "r1"), clause)));
        assertEquals(List.of(11L, 21L), ids(function.getValues(context(null, true), call("PLAT", "R1"), clause)));
    }

    @Test
    public void getValues_answersNothing_whenNoIssueHasTheFixVersion() {
        assertEquals(List.of(), function.getValues(context(bob, false), call("PLAT", "No such release"), clause));
    }

    @Test
    public void getValues_seesEverything_whenSecurityIsOverridden() {
        assertEquals(List.of(11L, 12L, 13L, 21L), ids(function.getValues(context(bob, true), call("PLAT"), clause)));
        verify(permissions, never()).hasPermission(any(), any(Project.class), any(ApplicationUser.class));
    }

    @Test
    public void getValues_answersNothing_forAnAnonymousSearcher() {
        assertEquals(List.of(), function.getValues(context(null, false), call("PLAT"), clause));
    }

    @Test
    public void getValues_answersArchivedPrograms_andKeysIgnoringCase() {
        assertEquals(List.of(21L), ids(function.getValues(context(bob, true), call(" old "), clause)));
    }

    @Test
    public void getValues_answersNothing_forAnUnknownProgramOrWrongArguments() {
        assertEquals(List.of(), function.getValues(context(bob, true), call("NOPE"), clause));
        assertEquals(List.of(), function.getValues(context(bob, true), call("not a key!"), clause));
        assertEquals(List.of(), function.getValues(context(bob, true), call(), clause));
    }

    @Test
    public void getValues_literalsComeFromTheOperand() {
        FunctionOperand operand = call("PLAT");
        assertSame(operand, function.getValues(context(bob, false), operand, clause).get(0).getSourceOperand());
    }

    @Test
    public void validate_acceptsOneOrTwoArgumentsNamingAProgram() {
        assertFalse(function.validate(bob, call("PLAT"), clause).hasAnyErrors());
        assertFalse(function.validate(bob, call("plat", "Nothing carries this"), clause).hasAnyErrors());
        assertFalse(function.validate(bob, call("OLD"), clause).hasAnyErrors());
    }

    @Test
    public void validate_rejectsTheWrongNumberOfArguments() {
        assertEquals(Set.of("program-office.jql.programIssues.arguments [programIssues, 0]"),
                function.validate(bob, call(), clause).getErrorMessages());
        assertEquals(Set.of("program-office.jql.programIssues.arguments [programIssues, 3]"),
                function.validate(bob, call("PLAT", "R1", "R2"), clause).getErrorMessages());
    }

    @Test
    public void validate_rejectsAnUnknownProgram() {
        MessageSet messages = function.validate(bob, call("NOPE"), clause);
        assertEquals(Set.of("program-office.jql.programIssues.unknown [programIssues, NOPE]"),
                messages.getErrorMessages());
    }

    @Test
    public void validate_givesAnAnonymousSearcherTheSameAnswerForExistingAndUnknownPrograms() {
        assertEquals(Set.of("program-office.jql.programIssues.unknown [programIssues, PLAT]"),
                function.validate(null, call("PLAT"), clause).getErrorMessages());
        assertEquals(Set.of("program-office.jql.programIssues.unknown [programIssues, NOPE]"),
                function.validate(null, call("NOPE"), clause).getErrorMessages());
        verify(i18n, never()).getText(eq("program-office.jql.programIssues.arguments"), any(Serializable[].class));
    }

    @Test
    public void describesItselfAsAnIssueFunctionTakingAtLeastOneArgument() {
        assertSame(JiraDataTypes.ISSUE, function.getDataType());
        assertEquals(1, function.getMinimumNumberOfExpectedArguments());
        assertTrue(ProgramIssuesFunction.FUNCTION_NAME.equals("programIssues"));
    }

    private static FunctionOperand call(String... args) {
        return new FunctionOperand(ProgramIssuesFunction.FUNCTION_NAME, args);
    }

    private static QueryCreationContext context(ApplicationUser user, boolean overridden) {
        QueryCreationContext context = mock(QueryCreationContext.class);
        when(context.getApplicationUser()).thenReturn(user);
        when(context.isSecurityOverriden()).thenReturn(overridden);
        return context;
    }

    private static List<Long> ids(List<QueryLiteral> literals) {
        return literals.stream().map(QueryLiteral::getLongValue).sorted().toList();
    }

    private Project project(String key) {
        Project project = mock(Project.class);
        when(projects.getProjectByCurrentKey(key)).thenReturn(project);
        return project;
    }

    private static Program program(String key, List<String> projectKeys, String jql, boolean archived) {
        return new Program(key, key + " program", "", List.of("alice"), List.of(), 1,
                new ProgramScope(projectKeys, jql), archived, 1);
    }

    private static IssueRecord issue(long id, String key, List<String> fixVersions) {
        return new IssueRecord(id, key, key.substring(0, key.indexOf('-')), "Story", "To Do", StatusCategory.NEW,
                null, 0, 0, fixVersions, List.of(), null, null, null, null, null, List.of());
    }

    /** The index as built above, with each program's membership. */
    private final class Access implements ProgramIndexAccess {
        @Override
        public ProgramIndex index() {
            return index;
        }

        @Override
        public ProgramMembership membership(Program program) {
            return memberships.get(program.key());
        }

        @Override
        public IndexStatus status() {
            throw new UnsupportedOperationException();
        }
    }
}
