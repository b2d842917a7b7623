package io.programoffice.jira.jql;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.jira.bc.issue.search.SearchService.ParseResult;
import com.atlassian.jira.user.ApplicationUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.programoffice.testing.RunningWorkbench;
import io.programoffice.workbench.host.WbSearchService;
import io.programoffice.workbench.host.WbUserDirectory;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The dependency JQL functions in the running workbench, called by its JQL search as Jira calls them, on the demo's
 * dependencies: the analysis functions count what {@code GET /programs/DEMO/dependencies/analysis} shows each user,
 * and {@code upstreamOf}/{@code downstreamOf} answer the demo dependency "APP-10 depends on API-10".
 */
public class DependencyFunctionsWorkbenchTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench(true);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static WbSearchService search;
    private static WbUserDirectory users;

    @BeforeClass
    public static void indexBuilt() throws Exception {
        WORKBENCH.awaitIndex();
        search = WORKBENCH.workbench().search();
        users = new WbUserDirectory(WORKBENCH.workbench().database());
    }

    @Test
    public void analysisFunctions_countWhatTheAnalysisShowsEachUser() throws Exception {
        for (String name : List.of("admin", "alice")) {
            ApplicationUser user = user(name);
            JsonNode analysis = analysis(name);
            Set<String> critical = new HashSet<>();
            analysis.get("criticalPath").forEach(k -> critical.add(k.asText()));
            assertFalse(name, critical.isEmpty());
            assertEquals(name, critical.size(), count(user, "issue in criticalPath(\"DEMO\")"));
            Set<String> late = new HashSet<>();
            for (JsonNode l : analysis.get("late")) {
                late.add(l.get("upstream").asText());
                late.add(l.get("dependent").asText());
            }
            assertEquals(name, late.size(), count(user, "issue in lateDependencies(\"DEMO\")"));
            long inCycles = count(user, "issue in dependencyCycles(\"demo\")");
            assertEquals(name, analysis.get("cycles").asInt() == 0, inCycles == 0);
            assertTrue(name, inCycles >= analysis.get("largestCycle").asInt());
        }
        assertTrue(count(user("alice"), "issue in criticalPath(\"DEMO\") AND project = SEC") == 0);
    }

    @Test
    public void upstreamOfAndDownstreamOf_answerADemoDependency() throws Exception {
        for (String name : List.of("admin", "alice")) {
            ApplicationUser user = user(name);
            assertEquals(name, 1, count(user, "issue in upstreamOf(\"APP-10\") AND key = API-10"));
            assertEquals(name, 1, count(user, "issue in downstreamOf(\"API-10\") AND key = APP-10"));
            assertEquals(name, 0, count(user, "issue in downstreamOf(\"APP-10\") AND key = API-10"));
            long direct = count(user, "issue in downstreamOf(\"API-10\")");
            assertTrue(name, count(user, "issue in downstreamOf(\"API-10\", 100)") >= direct);
        }
    }

    @Test
    public void badArguments_areValidationMessages() throws Exception {
        ApplicationUser bob = user("bob");
        assertEquals(List.of("Issue 'NOPE-1' does not exist or you do not have permission to view it (in function"
                + " 'upstreamOf')."), errors(bob, "issue in upstreamOf(\"NOPE-1\")"));
        assertEquals(List.of("Function 'downstreamOf' expects a depth from 1 to 100, but got '101'."),
                errors(bob, "issue in downstreamOf(\"APP-10\", 101)"));
        assertEquals(List.of("Program 'NOPE' does not exist or you do not have permission to view it (in function"
                + " 'criticalPath')."), errors(bob, "issue in criticalPath(\"NOPE\")"));
        assertEquals(List.of("Function 'dependencyCycles' expects a program key, but got 2 arguments."),
                errors(bob, "issue in dependencyCycles(\"DEMO\", \"X\")"));
    }

    @Test
    public void jiraSearchRest_findsADependencyWithTheFunctions_showingOnlyWhatTheCallerMaySee() throws Exception {
        JsonNode alice = searchRest("issue in upstreamOf(\"APP-10\") ORDER BY key", "alice", 200);
        List<String> keys = new java.util.ArrayList<>();
        alice.get("issues").forEach(i -> keys.add(i.get("key").asText()));
        assertTrue(keys.toString(), keys.contains("API-10"));
        assertEquals(alice.get("total").asInt(), keys.size());
        assertFalse(alice.get("issues").get(0).path("fields").path("summary").asText().isEmpty());
        // bob may not browse APP: what waits on API-10 there is not his to see
        JsonNode bob = searchRest("issue in downstreamOf(\"API-10\") AND project = APP", "bob", 200);
        assertEquals(0, bob.get("total").asInt());
        assertEquals(0, bob.get("issues").size());
        JsonNode bad = searchRest("issue in downstreamOf(\"API-10\", 101)", "bob", 400);
        assertEquals("Function 'downstreamOf' expects a depth from 1 to 100, but got '101'.",
                bad.get("errorMessages").get(0).asText());
        assertEquals(401, WORKBENCH.get("/rest/api/2/search?jql=", null).statusCode());
    }

    private static JsonNode searchRest(String jql, String user, int status) throws Exception {
        HttpResponse<String> r = WORKBENCH.get("/rest/api/2/search?jql="
                + java.net.URLEncoder.encode(jql, java.nio.charset.StandardCharsets.UTF_8), user);
        assertEquals(r.body(), status, r.statusCode());
        return JSON.readTree(r.body());
    }

    private static JsonNode analysis(String user) throws Exception {
        return WORKBENCH.getJson("/rest/program-office/1.0/programs/DEMO/dependencies/analysis", user);
    }

    private static ApplicationUser user(String name) {
        return users.find(name).orElseThrow();
    }

    private static List<String> errors(ApplicationUser user, String jql) {
        ParseResult result = search.parseQuery(user, jql);
        assertFalse(jql, result.isValid());
        return List.copyOf(result.getErrors().getErrorMessages());
    }

    private static long count(ApplicationUser user, String jql) throws Exception {
        ParseResult result = search.parseQuery(user, jql);
        assertTrue(jql + ": " + result.getErrors().getErrorMessages(), result.isValid());
        return search.searchCount(user, result.getQuery());
    }
}
