package io.programoffice.jira.jql;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.jira.bc.issue.search.SearchService.ParseResult;
import com.atlassian.jira.user.ApplicationUser;
import io.programoffice.core.index.IndexMaintenance;
import io.programoffice.jira.JiraProgramIndex;
import io.programoffice.testing.RunningWorkbench;
import io.programoffice.workbench.host.WbSearchService;
import io.programoffice.workbench.host.WbUserDirectory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * {@code programIssues} in the running workbench, called by its JQL search as Jira calls it: the counts are those
 * of the demo program's issues each user may see, and a program that does not exist is a validation message.
 */
public class ProgramIssuesFunctionWorkbenchTest {
    private static final String DEMO_PROJECTS = "project in (APP, WEB, API, DATA, OPS, SEC)";

    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench(true);

    private static WbSearchService search;
    private static WbUserDirectory users;

    @BeforeClass
    public static void buildIndex() {
        search = WORKBENCH.workbench().search();
        users = new WbUserDirectory(WORKBENCH.workbench().database());
        // the workbench starts a build in the background; this one runs once that is done, so the index is built
        IndexMaintenance maintenance = WORKBENCH.workbench().plugin(JiraProgramIndex.class).maintenance();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!maintenance.rebuild()) {
            assertTrue("the program index builds within two minutes", Instant.now().isBefore(deadline));
            Thread.onSpinWait();
        }
        assertNull(maintenance.status().failure());
    }

    @Test
    public void issueInProgramIssues_countsTheProgramsIssuesEachUserMaySee() throws Exception {
        for (String name : List.of("admin", "alice", "bob")) {
            ApplicationUser user = user(name);
            long visible = count(user, DEMO_PROJECTS);
            assertTrue(name, visible > 0);
            assertEquals(name, visible, count(user, "issue in programIssues(\"DEMO\")"));
            assertEquals(name, visible, count(user, "ISSUE IN PROGRAMISSUES(demo) AND " + DEMO_PROJECTS));
            assertEquals(name, count(user, ""), visible + count(user, "issue not in programIssues(\"DEMO\")"));
        }
        assertEquals(3600, count(user("admin"), "issue in programIssues(\"DEMO\")"));
        assertTrue(count(user("alice"), "issue in programIssues(\"DEMO\")") < 3600);
    }

    @Test
    public void issueInProgramIssues_withAFixVersion_countsThoseOfTheProgramsIssues() throws Exception {
        for (String name : List.of("admin", "bob")) {
            ApplicationUser user = user(name);
            long inVersion = count(user, DEMO_PROJECTS + " AND fixVersion = \"2026.Q3\"");
            assertTrue(name, inVersion > 0);
            assertEquals(name, inVersion, count(user, "issue in programIssues(\"DEMO\", \"2026.Q3\")"));
            assertEquals(name, 0, count(user, "issue in programIssues(\"DEMO\", \"No such release\")"));
        }
    }

    @Test
    public void anUnknownProgram_isAValidationMessage_andSoIsAnyProgramForAnAnonymousSearcher() {
        ParseResult unknown = search.parseQuery(user("bob"), "project = APP AND issue in programIssues(\"NOPE\")");
        assertFalse(unknown.isValid());
        assertEquals(List.of("Program 'NOPE' does not exist or you do not have permission to view it (in function"
                + " 'programIssues')."), List.copyOf(unknown.getErrors().getErrorMessages()));
        ParseResult anonymous = search.parseQuery(null, "issue in programIssues(\"DEMO\")");
        assertEquals(List.of("Program 'DEMO' does not exist or you do not have permission to view it (in function"
                + " 'programIssues')."), List.copyOf(anonymous.getErrors().getErrorMessages()));
        ParseResult arguments = search.parseQuery(user("bob"), "issue in programIssues()");
        assertEquals(List.of("Function 'programIssues' expects a program key and optionally a fix version name, but"
                + " got 0 arguments."), List.copyOf(arguments.getErrors().getErrorMessages()));
    }

    private static ApplicationUser user(String name) {
        return users.find(name).orElseThrow();
    }

    private static long count(ApplicationUser user, String jql) throws Exception {
        ParseResult result = search.parseQuery(user, jql);
        assertTrue(jql + ": " + result.getErrors().getErrorMessages(), result.isValid());
        return search.searchCount(user, result.getQuery());
    }
}
