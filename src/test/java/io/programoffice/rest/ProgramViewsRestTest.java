package io.programoffice.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.programoffice.workbench.host.WbIssue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.programoffice.testing.RunningWorkbench;
import io.programoffice.workbench.data.DemoDependencies;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The program views REST API in-process, on the workbench with the demo (six projects of 600 work issues and 4 risks; the team is the
 * project; Alice browses APP, WEB and API but not the 15 API issues of the Embargoed security level): views, issue
 * pages, CSV exports, link statistics and saved views, checked against the JQL-counted summary.
 */
public class ProgramViewsRestTest {
    @ClassRule
    public static final RunningWorkbench WB = new RunningWorkbench(true);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "/rest/program-office/1.0/programs/DEMO";
    private static final String XSRF = "X-Atlassian-Token";

    /** The index holds the demo. */
    @BeforeClass
    public static void indexReady() {
        WB.rebuildIndex();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static JsonNode get(String path, String user) throws Exception {
        HttpResponse<String> response = WB.get(BASE + path, user);
        assertEquals(response.body(), 200, response.statusCode());
        return json(response);
    }

    @Test
    public void view_forAlice_countsWhatTheSummaryCounts_byStatusCategory() throws Exception {
        JsonNode summary = get("/summary", "alice");
        JsonNode view = get("/view?groupBy=statusCategory", "alice");
        assertEquals("DEMO", view.get("program").asText());
        assertEquals(1797, view.get("total").get("issues").asInt());
        assertEquals(summary.get("issues").asInt(), view.get("total").get("issues").asInt());
        List<String> categories = new ArrayList<>();
        for (JsonNode group : view.get("groups")) {
            assertEquals("statusCategory", group.get("field").asText());
            categories.add(group.get("value").asText());
            assertEquals(summary.get("byStatusCategory").get(group.get("value").asText()).asInt(),
                    group.get("rollup").get("issues").asInt());
        }
        assertEquals(List.of("new", "indeterminate", "done"), categories);
        assertEquals("To Do", view.get("groups").get(0).get("label").asText());
        JsonNode done = view.get("groups").get(2).get("rollup");
        assertEquals(done.get("issues").asInt(), done.get("done").asInt());
        assertEquals(100, done.get("percentDone").asInt());
    }

    @Test
    public void view_showsEachUserOnlyTheirProjects_andNeverEmbargoedIssues() throws Exception {
        assertEquals(List.of("API", "APP", "WEB"), values(get("/view?groupBy=project", "alice").get("groups")));
        assertEquals(List.of("API", "DATA", "OPS"), values(get("/view?groupBy=project", "bob").get("groups")));
        JsonNode admin = get("/view?groupBy=project", "admin");
        assertEquals(List.of("API", "APP", "DATA", "OPS", "SEC", "WEB"), values(admin.get("groups")));
        assertEquals(604, admin.get("groups").get(0).get("rollup").get("issues").asInt());
        assertEquals(589, get("/view?groupBy=project&project=API", "alice").get("total").get("issues").asInt());
        assertEquals(604, get("/view?groupBy=project&project=API", "bob").get("total").get("issues").asInt());
        assertEquals(0, get("/view?project=SEC", "alice").get("total").get("issues").asInt());
    }

    @Test
    public void view_byTeamThenStatusCategory_hasTheDashboardShape() throws Exception {
        JsonNode view = get("/view?groupBy=team,statusCategory", "alice");
        assertEquals("[\"team\",\"statusCategory\"]", view.get("groupBy").toString());
        assertEquals("groupBy=team,statusCategory", view.get("query").asText());
        assertEquals(List.of("issues", "done", "estimate", "estimateDone", "percentDone", "percentDoneByEstimate"),
                fieldNames(view.get("total")));
        JsonNode total = view.get("total");
        assertTrue(total.get("estimateDone").asDouble() <= total.get("estimate").asDouble());
        assertTrue(total.get("percentDoneByEstimate").isNull() || total.get("percentDoneByEstimate").asInt() <= 100);
        int sum = 0;
        for (JsonNode team : view.get("groups")) {
            assertEquals("team", team.get("field").asText());
            assertEquals(List.of("field", "value", "label", "hidden", "rollup", "groups"), fieldNames(team));
            int inner = 0;
            for (JsonNode category : team.get("groups")) {
                assertEquals("statusCategory", category.get("field").asText());
                assertEquals(0, category.get("groups").size());
                inner += category.get("rollup").get("issues").asInt();
            }
            assertEquals(team.get("rollup").get("issues").asInt(), inner);
            sum += team.get("rollup").get("issues").asInt();
        }
        assertEquals(view.get("total").get("issues").asInt(), sum);
    }

    @Test
    public void view_filtersByTextTypeAndCategory() throws Exception {
        JsonNode bugs = get("/issues?type=Bug&statusCategory=done&project=WEB&maxResults=100", "alice");
        assertTrue(bugs.get("total").asInt() > 0);
        for (JsonNode issue : bugs.get("values")) {
            assertEquals("Bug", issue.get("type").asText());
            assertEquals("done", issue.get("statusCategory").asText());
            assertEquals("WEB", issue.get("project").asText());
        }
        assertEquals(bugs.get("total").asInt(),
                get("/view?type=Bug&statusCategory=done&project=WEB", "alice").get("total").get("issues").asInt());
        JsonNode one = get("/issues?text=WEB-17", "alice");
        assertEquals("WEB-17", one.get("values").get(0).get("key").asText());
    }

    @Test
    public void issues_arePagedInJiraShape_orderedByProjectThenNumber() throws Exception {
        JsonNode page = get("/issues?startAt=0&maxResults=3", "alice");
        assertEquals(0, page.get("startAt").asInt());
        assertEquals(3, page.get("maxResults").asInt());
        assertEquals(1797, page.get("total").asInt());
        assertFalse(page.get("isLast").asBoolean());
        assertEquals(List.of("API-2", "API-3", "API-4"), keys(page.get("values"))); // API-1 is Embargoed
        assertEquals(List.of("API-1", "API-2", "API-3"), keys(get("/issues?maxResults=3", "admin").get("values")));
        JsonNode issue = page.get("values").get(0);
        assertEquals(List.of("id", "key", "project", "type", "status", "statusCategory", "assignee", "assigneeName",
                "team", "fixVersions", "estimate", "summary"), fieldNames(issue));
        for (JsonNode shown : page.get("values")) {
            WbIssue stored = WB.workbench().issues().byKey(shown.get("key").asText());
            assertEquals(stored.getSummary(), shown.get("summary").asText());
            assertFalse(shown.get("summary").asText().isBlank());
            if (stored.getAssignee() == null) {
                assertTrue(shown.get("assigneeName").isNull());
            } else {
                assertEquals(stored.getAssignee().getKey(), shown.get("assignee").asText());
                assertEquals(stored.getAssignee().getDisplayName(), shown.get("assigneeName").asText());
            }
        }
        JsonNode last = get("/issues?startAt=1796&maxResults=3", "alice");
        assertEquals(List.of("WEB-604"), keys(last.get("values")));
        assertTrue(last.get("isLast").asBoolean());
    }

    @Test
    public void assigneeGroups_showDisplayNames_keepingTheKeyAsValue() throws Exception {
        JsonNode view = get("/view?groupBy=assignee", "alice");
        Map<String, String> labels = new java.util.TreeMap<>();
        for (JsonNode group : view.get("groups")) {
            labels.put(group.get("value").isNull() ? "-" : group.get("value").asText(), group.get("label").asText());
        }
        assertEquals("Alice Nguyen", labels.get("alice"));
        assertEquals("Bob Okafor", labels.get("bob"));
        assertEquals(Set.of("-", "admin", "alice", "bob"), labels.keySet());
    }

    @Test
    public void badParameters_are400WithAMessagePerParameter() throws Exception {
        HttpResponse<String> response = WB.get(BASE + "/view?groupBy=summary&statusCategory=finished", "alice");
        assertEquals(400, response.statusCode());
        JsonNode errors = json(response).get("errors");
        assertEquals("'summary' is not a field to group by. Choose from: team, project, epic, fixVersion, "
                + "statusCategory, assignee.", errors.get("groupBy").asText());
        assertTrue(errors.get("statusCategory").asText().contains("'finished'"));
        assertEquals(400, WB.get(BASE + "/view?groupBy=team,epic,project", "alice").statusCode());
        assertEquals(400, WB.get(BASE + "/view?groupBy=team,team", "alice").statusCode());
        HttpResponse<String> paging = WB.get(BASE + "/issues?maxResults=1000", "alice");
        assertEquals(400, paging.statusCode());
        assertTrue(json(paging).get("errors").has("maxResults"));
        assertEquals(400, WB.get(BASE + "/issues/export?groupBy=nope", "alice").statusCode());
    }

    @Test
    public void unknownProgram_is404_andAnonymousCalls_are401() throws Exception {
        for (String path : List.of("/view", "/issues", "/views", "/view/export", "/issues/export")) {
            HttpResponse<String> missing = WB.get("/rest/program-office/1.0/programs/NOPE" + path, "alice");
            assertEquals(path, 404, missing.statusCode());
            assertEquals("No program with key NOPE exists.", json(missing).get("errorMessages").get(0).asText());
            assertEquals(path, 401, WB.get(BASE + path, null).statusCode());
        }
    }

    @Test
    public void summary_countsLinksBetweenVisibleProgramIssues_once() throws Exception {
        JsonNode admin = get("/summary", "admin").get("links");
        JsonNode alice = get("/summary", "alice").get("links");
        assertEquals(WB.workbench().demo().links() + DemoDependencies.LINKS, admin.get("total").asInt());
        assertTrue(admin.get("crossProject").asInt() >= WB.workbench().demo().crossProjectDependencyLinks());
        int byType = 0;
        for (JsonNode n : admin.get("byType")) {
            byType += n.asInt();
        }
        assertEquals(admin.get("total").asInt(), byType);
        assertEquals(List.of("Blocks", "Depends", "Relates"), fieldNames(admin.get("byType")));
        assertTrue(alice.get("total").asInt() > 0);
        assertTrue(alice.get("total").asInt() < admin.get("total").asInt());
        JsonNode summary = get("/summary", "alice");
        assertEquals(List.of("key", "name", "issues", "byProject", "byStatusCategory", "links"), fieldNames(summary));
    }

    @Test
    public void viewExport_isTheGroupedRowsShown_asCsv() throws Exception {
        JsonNode view = get("/view?groupBy=team,statusCategory", "alice");
        HttpResponse<String> csv = WB.get(BASE + "/view/export?groupBy=team,statusCategory", "alice");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals("attachment; filename=\"DEMO-view.csv\"", csv.headers().firstValue("Content-Disposition").orElse(""));
        List<String> lines = csv.body().lines().toList();
        assertEquals("\uFEFFTeam,Status category,Issues,Done,Estimate,Estimate done,% done,% done by estimate",
                lines.get(0));
        int rows = 0;
        for (JsonNode team : view.get("groups")) {
            rows += 1 + team.get("groups").size();
        }
        assertEquals(1 + rows + 1, lines.size());
        assertTrue(lines.get(1), lines.get(1).startsWith("API,,589,"));
        assertTrue(lines.get(2), lines.get(2).startsWith("API,To Do,"));
        assertTrue(lines.get(lines.size() - 1), lines.get(lines.size() - 1).startsWith("Total,,1797,"));
    }

    @Test
    public void issuesExport_holdsEveryFilteredIssue() throws Exception {
        HttpResponse<String> csv = WB.get(BASE + "/issues/export?project=WEB&statusCategory=done", "alice");
        assertEquals(200, csv.statusCode());
        List<String> lines = csv.body().lines().toList();
        assertEquals("\uFEFFKey,Summary,Project,Type,Status,Status category,Assignee,Team,Fix versions,Estimate", lines.get(0));
        int total = get("/issues?project=WEB&statusCategory=done", "alice").get("total").asInt();
        assertEquals(total + 1, lines.size());
        assertTrue(lines.get(1), lines.get(1).startsWith("WEB-"));
        assertFalse(csv.body().contains("API-"));
    }

    @Test
    public void savedViews_areListedForTheProgram_andOnlyTheirOwnerOrProgramOwnersDelete() throws Exception {
        HttpResponse<String> created = WB.json("POST", BASE + "/views", "alice",
                "{\"name\":\"Alice by team\",\"query\":\"statusCategory=done&groupBy=team,statusCategory\"}");
        assertEquals(created.body(), 201, created.statusCode());
        JsonNode view = json(created);
        assertEquals("groupBy=team,statusCategory&statusCategory=done", view.get("query").asText());
        assertEquals("alice", view.get("owner").asText());
        long id = view.get("id").asLong();

        JsonNode forBob = find(get("/views", "bob"), id);
        assertFalse(forBob.get("canDelete").asBoolean());
        assertTrue(find(get("/views", "alice"), id).get("canDelete").asBoolean());
        assertTrue(find(get("/views", "admin"), id).get("canDelete").asBoolean());

        HttpResponse<String> taken = WB.json("POST", BASE + "/views", "alice",
                "{\"name\":\"alice BY team\",\"query\":\"groupBy=team\"}");
        assertEquals(400, taken.statusCode());
        assertEquals("You already have a view named alice BY team for this program.",
                json(taken).get("errors").get("name").asText());

        HttpResponse<String> bobDeletes = WB.json("DELETE", BASE + "/views/" + id, "bob", null, XSRF, "no-check");
        assertEquals(403, bobDeletes.statusCode());
        assertTrue(json(bobDeletes).get("errorMessages").get(0).asText().contains("Alice by team"));
        assertEquals(204, WB.json("DELETE", BASE + "/views/" + id, "alice", null, XSRF, "no-check").statusCode());
        assertEquals(404, WB.json("DELETE", BASE + "/views/" + id, "alice", null, XSRF, "no-check").statusCode());
    }

    @Test
    public void savingAView_rejectsBadNamesAndQueries_andFormPostsWithoutXsrfToken() throws Exception {
        HttpResponse<String> blank = WB.json("POST", BASE + "/views", "alice", "{\"name\":\"  \",\"query\":\"\"}");
        assertEquals(400, blank.statusCode());
        assertEquals("Enter a name for the view.", json(blank).get("errors").get("name").asText());
        HttpResponse<String> badQuery = WB.json("POST", BASE + "/views", "alice",
                "{\"name\":\"Odd\",\"query\":\"groupBy=colour\"}");
        assertEquals(400, badQuery.statusCode());
        assertTrue(json(badQuery).get("errors").get("query").asText().contains("'colour'"));
        HttpResponse<String> tooLong = WB.json("POST", BASE + "/views", "alice",
                "{\"name\":\"" + "x".repeat(101) + "\",\"query\":\"\"}");
        assertEquals("A view name can have at most 100 characters.", json(tooLong).get("errors").get("name").asText());
        HttpResponse<String> unknownField = WB.json("POST", BASE + "/views", "alice", "{\"title\":\"x\"}");
        assertEquals(400, unknownField.statusCode());
        HttpResponse<String> form = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(WB.baseUrl() + BASE + "/views"))
                .POST(HttpRequest.BodyPublishers.ofString("name=x"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("alice:alice".getBytes()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, form.statusCode());
        assertEquals(400, WB.json("DELETE", BASE + "/views/abc", "alice", null, XSRF, "no-check").statusCode());
    }

    private static JsonNode find(JsonNode page, long id) {
        for (JsonNode v : page.get("values")) {
            if (v.get("id").asLong() == id) {
                return v;
            }
        }
        throw new AssertionError("no saved view " + id + " in " + page);
    }

    private static List<String> values(JsonNode groups) {
        List<String> out = new ArrayList<>();
        groups.forEach(g -> out.add(g.get("value").asText()));
        return out;
    }

    private static List<String> keys(JsonNode issues) {
        List<String> out = new ArrayList<>();
        issues.forEach(i -> out.add(i.get("key").asText()));
        return out;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
