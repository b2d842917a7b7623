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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

    private static final ObjectMapper JSON = new ObjectMapper();

    private static WbSearchService search;
    private static WbUserDirectory users;

    @BeforeClass
    public static void buildIndex() {
        search = WORKBENCH.workbench().search();
        users = new WbUserDirectory(WORKBENCH.workbench().database());
        rebuild();
    }

    /** Builds the index now; a build already running in the background (at start, on a scope change) goes first. */
    private static void rebuild() {
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
        assertEquals(3624, count(user("admin"), "issue in programIssues(\"DEMO\")"));
        assertTrue(count(user("alice"), "issue in programIssues(\"DEMO\")") < 3624);
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
    public void anUnknownProgram_isAValidationMessage_forAUser() throws Exception {
        ParseResult unknown = search.parseQuery(user("bob"), "project = APP AND issue in programIssues(\"NOPE\")");
        assertFalse(unknown.isValid());
        assertEquals(List.of("Program 'NOPE' does not exist or you do not have permission to view it (in function"
                + " 'programIssues')."), List.copyOf(unknown.getErrors().getErrorMessages()));
        ParseResult system = search.parseQuery(null, "issue in programIssues(\"NOPE\")");
        assertTrue("without a user only parsed, as Jira's parseQuery", system.isValid());
        assertEquals(0, search.searchCount(null, system.getQuery()));
        ParseResult arguments = search.parseQuery(user("bob"), "issue in programIssues()");
        assertEquals(List.of("Function 'programIssues' expects a program key and optionally a fix version name, but"
                + " got 0 arguments."), List.copyOf(arguments.getErrors().getErrorMessages()));
    }

    @Test
    public void aProgramsJqlFilter_mayUseTheFunction() throws Exception {
        JsonNode schemes = JSON.readTree(WORKBENCH.get("/rest/program-office/1.0/reference/schemes", "admin").body());
        long schemeId = (schemes.isArray() ? schemes : schemes.get("values")).get(0).get("id").asLong();
        String body = JSON.writeValueAsString(Map.of("key", "QTHREE", "name", "Demo work for 2026.Q3",
                "schemeId", schemeId, "scope", Map.of("projects", List.of(),
                        "jql", "issue in programIssues(\"DEMO\", \"2026.Q3\")")));
        HttpResponse<String> created = WORKBENCH.json("POST", "/rest/program-office/1.0/programs", "admin", body);
        assertEquals(created.body(), 201, created.statusCode());
        rebuild();

        ApplicationUser admin = user("admin");
        long inVersion = count(admin, DEMO_PROJECTS + " AND fixVersion = \"2026.Q3\"");
        assertEquals(inVersion, count(admin, "issue in programIssues(\"QTHREE\")"));
        ApplicationUser bob = user("bob");
        assertEquals(count(bob, DEMO_PROJECTS + " AND fixVersion = \"2026.Q3\""),
                count(bob, "issue in programIssues(\"QTHREE\")"));
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
