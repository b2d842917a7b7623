package io.programoffice.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.programoffice.core.milestone.Milestone;
import io.programoffice.core.milestone.MilestoneBaseline;
import io.programoffice.core.milestone.MilestoneScope;
import io.programoffice.core.milestone.MilestoneStore;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.jira.JiraBaselines;
import io.programoffice.testing.RunningWorkbench;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The baselines REST API in-process, on the workbench with the demo (program DEMO owned by admin and Alice; Alice
 * browses APP, WEB and API, Bob API, DATA and OPS): taking by hand, listing, comparing with counts over what each
 * caller may browse, errors in Jira's shape, and the weekly job through the scheduler.
 */
public class BaselineRestTest {
    @ClassRule
    public static final RunningWorkbench WB = new RunningWorkbench(true);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "/rest/program-office/1.0/programs/DEMO/baselines";
    private static final String XSRF = "X-Atlassian-Token";
    private static final LocalDate TARGET = LocalDate.of(2027, 6, 30);

    /** The index holds the demo. */
    @BeforeClass
    public static void indexReady() {
        WB.rebuildIndex();
    }

    private static MilestoneStore milestones() {
        return WB.workbench().plugin(MilestoneStore.class);
    }

    private static Milestone milestone(String name, LocalDate target, String... keys) {
        return new Milestone(0, "DEMO", name, "", target, MilestoneScope.issues(List.of(keys)), "alice", 0, 0);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> take(String user) throws Exception {
        return WB.json("POST", BASE, user, null, XSRF, "no-check");
    }

    private static JsonNode compare(String query, String user) throws Exception {
        HttpResponse<String> response = WB.get(BASE + "/compare?" + query, user);
        assertEquals(response.body(), 200, response.statusCode());
        return json(response);
    }

    private static JsonNode row(JsonNode comparison, long milestoneId) {
        for (JsonNode m : comparison.get("milestones")) {
            if (m.get("milestoneId").asLong() == milestoneId) {
                return m;
            }
        }
        throw new AssertionError("no milestone " + milestoneId + " in " + comparison);
    }

    @Test
    public void compare_countsOnlyWhatEachCallerMayBrowse_andShowsShiftsAndAddedMilestones() throws Exception {
        Milestone beta = milestones().create(milestone("Beta " + System.nanoTime(), TARGET,
                "APP-1", "APP-2", "APP-3", "DATA-1", "DATA-2"));
        HttpResponse<String> taken = take("alice");
        assertEquals(taken.body(), 201, taken.statusCode());
        JsonNode baseline = json(taken);
        assertEquals("MANUAL", baseline.get("kind").asText());
        assertEquals("alice", baseline.get("takenBy").asText());
        long id = baseline.get("id").asLong();

        milestones().update(new Milestone(beta.id(), "DEMO", beta.name(), "", TARGET.plusDays(7),
                MilestoneScope.issues(List.of("APP-1", "APP-4", "DATA-1", "DATA-3", "DATA-4")), "alice", 0,
                beta.version())).orElseThrow();
        Milestone gamma = milestones().create(milestone("Gamma " + System.nanoTime(), TARGET, "APP-5", "DATA-5"));

        JsonNode forAlice = row(compare("from=" + id + "&to=now", "alice"), beta.id());
        assertEquals("both", forAlice.get("status").asText());
        assertEquals(3, forAlice.get("scopeBefore").asInt());
        assertEquals(2, forAlice.get("scopeAfter").asInt());
        assertEquals(1, forAlice.get("added").asInt());
        assertEquals(2, forAlice.get("removed").asInt());
        assertEquals(-33.3, forAlice.get("scopeChangePercent").asDouble(), 0.0);
        assertEquals(TARGET.toString(), forAlice.get("targetBefore").asText());
        assertEquals(7, forAlice.get("targetShiftDays").asInt());

        JsonNode forBob = row(compare("from=" + id, "bob"), beta.id());
        assertEquals(2, forBob.get("scopeBefore").asInt());
        assertEquals(3, forBob.get("scopeAfter").asInt());
        assertEquals(2, forBob.get("added").asInt());
        assertEquals(1, forBob.get("removed").asInt());

        JsonNode forAdmin = row(compare("from=" + id + "&to=now", "admin"), beta.id());
        assertEquals(5, forAdmin.get("scopeBefore").asInt());
        assertEquals(5, forAdmin.get("scopeAfter").asInt());

        JsonNode added = row(compare("from=" + id + "&to=now", "alice"), gamma.id());
        assertEquals("added", added.get("status").asText());
        assertTrue(added.get("scopeBefore").isNull());
        assertEquals(1, added.get("scopeAfter").asInt());

        HttpResponse<String> second = take("admin");
        assertEquals(201, second.statusCode());
        long secondId = json(second).get("id").asLong();
        JsonNode between = compare("from=" + id + "&to=" + secondId, "alice");
        assertEquals(String.valueOf(secondId), between.get("to").asText());
        assertEquals(1, row(between, beta.id()).get("added").asInt());

        milestones().delete(gamma.id());
        JsonNode removed = row(compare("from=" + secondId + "&to=now", "alice"), gamma.id());
        assertEquals("removed", removed.get("status").asText());
        assertEquals(1, removed.get("removed").asInt());
    }

    @Test
    public void list_isPagedNewestFirst_andOnlyOwnersOrAdminsTakeOne() throws Exception {
        assertEquals(201, take("alice").statusCode());
        assertEquals(201, take("admin").statusCode());
        HttpResponse<String> bob = take("bob");
        assertEquals(403, bob.statusCode());
        assertEquals("Only the owners of program DEMO and Jira administrators may take its baselines.",
                json(bob).get("errorMessages").get(0).asText());

        JsonNode page = WB.getJson(BASE + "?maxResults=1", "bob");
        assertTrue(page.get("total").asInt() >= 2);
        assertEquals(1, page.get("values").size());
        assertEquals(1, page.get("maxResults").asInt());
        JsonNode all = WB.getJson(BASE + "?maxResults=100", "bob");
        for (int i = 1; i < all.get("values").size(); i++) {
            assertTrue(Instant.parse(all.get("values").get(i - 1).get("takenAt").asText())
                    .compareTo(Instant.parse(all.get("values").get(i).get("takenAt").asText())) >= 0);
        }
    }

    @Test
    public void badRequests_areAnsweredInJirasShape() throws Exception {
        HttpResponse<String> noFrom = WB.get(BASE + "/compare", "alice");
        assertEquals(400, noFrom.statusCode());
        assertEquals("from is required.", json(noFrom).get("errors").get("from").asText());
        HttpResponse<String> badTo = WB.get(BASE + "/compare?from=1&to=yesterday", "alice");
        assertEquals(400, badTo.statusCode());
        assertEquals("to must be a baseline id or now, not 'yesterday'.",
                json(badTo).get("errors").get("to").asText());
        HttpResponse<String> unknown = WB.get(BASE + "/compare?from=987654", "alice");
        assertEquals(404, unknown.statusCode());
        assertEquals("Program DEMO has no baseline 987,654.", json(unknown).get("errorMessages").get(0).asText());
        assertEquals(404, WB.get("/rest/program-office/1.0/programs/NOPE/baselines", "alice").statusCode());
        assertEquals(401, WB.get(BASE, null).statusCode());
        assertEquals(400, WB.get(BASE + "?startAt=-1", "alice").statusCode());
    }

    @Test
    public void theWeeklyJob_takesOneBaselineOfTheProgramPerWeek() throws Exception {
        assertTrue(WB.workbench().scheduler().runNow(JiraBaselines.weeklyJob()));
        assertTrue(WB.workbench().scheduler().runNow(JiraBaselines.weeklyJob()));
        var all = WB.workbench().plugin(JiraBaselines.class).baselines()
                .list(WB.program("DEMO"), new PageRequest(0, 100)).values();
        assertEquals(1, all.stream().filter(b -> b.kind() == MilestoneBaseline.Kind.WEEKLY).count());
        assertTrue(all.stream().filter(b -> b.kind() == MilestoneBaseline.Kind.WEEKLY)
                .allMatch(b -> b.takenBy() == null));
        assertTrue(WB.workbench().plugin(JiraBaselines.class).runWeekly().skipped().contains("DEMO"));
    }
}
