package io.programoffice.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.programoffice.testing.RunningWorkbench;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * {@code GET /programs/{key}/dependencies/graph} in-process on the demo: the same dependencies the analysis counts,
 * the demo's cycle and critical path marked, filters, aggregation by team, bad parameters, and nothing alice may not
 * see.
 */
public class DependencyGraphRestTest {
    @ClassRule
    public static final RunningWorkbench WB = new RunningWorkbench(true);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "/rest/program-office/1.0/programs/DEMO/dependencies";

    @BeforeClass
    public static void indexBuilt() throws Exception {
        WB.awaitIndex();
    }

    private static JsonNode get(String path, String user) throws Exception {
        return WB.getJson(BASE + path, user);
    }

    private static List<String> fields(JsonNode node) {
        List<String> fields = new ArrayList<>();
        node.fieldNames().forEachRemaining(fields::add);
        return fields;
    }

    @Test
    public void issueGraph_hasTheAgreedShape_andTheAnalysisDependencies() throws Exception {
        for (String user : List.of("admin", "alice", "bob")) {
            JsonNode graph = get("/graph", user);
            JsonNode analysis = get("/analysis", user);
            assertEquals(List.of("program", "counts", "nodes", "edges"), fields(graph));
            assertEquals(List.of("nodes", "edges", "aggregated", "issues", "dependencies", "limit"),
                    fields(graph.get("counts")));
            assertFalse(user, graph.get("counts").get("aggregated").asBoolean());
            assertEquals(user, analysis.get("dependencies").asInt(), graph.get("edges").size());
            assertEquals(graph.get("nodes").size(), graph.get("counts").get("nodes").asInt());
            assertEquals(List.of("key", "project", "team", "statusCategory", "critical", "cycle", "earlyStart",
                    "earlyFinish", "totalFloat", "late", "x", "y"), fields(graph.get("nodes").get(0)));
            assertEquals(List.of("from", "to", "kind", "lag", "state", "late", "critical"),
                    fields(graph.get("edges").get(0)));
            Set<String> critical = new HashSet<>();
            graph.get("nodes").forEach(n -> {
                if (n.get("critical").asBoolean()) {
                    critical.add(n.get("key").asText());
                }
            });
            Set<String> path = new HashSet<>();
            analysis.get("criticalPath").forEach(k -> path.add(k.asText()));
            assertEquals(user, path, critical);
            int late = 0;
            for (JsonNode e : graph.get("edges")) {
                late += e.get("late").asBoolean() ? 1 : 0;
            }
            assertEquals(user, analysis.get("late").size(), late);
        }
    }

    @Test
    public void theDemoCycle_isOneComponent_andStatesAreNegotiationStates_andUpstreamIsLeft() throws Exception {
        JsonNode graph = get("/graph", "alice");
        Map<String, JsonNode> nodes = new HashMap<>();
        graph.get("nodes").forEach(n -> nodes.put(n.get("key").asText(), n));
        JsonNode cycle = nodes.get("WEB-12").get("cycle");
        assertTrue(cycle.isInt());
        assertEquals(cycle, nodes.get("APP-14").get("cycle"));
        assertEquals(cycle, nodes.get("WEB-13").get("cycle"));
        Set<String> states = new HashSet<>();
        graph.get("edges").forEach(e -> states.add(e.get("state").asText()));
        // placed in layers: an upstream issue sits left of what waits on it, except inside a cycle
        for (JsonNode e : graph.get("edges")) {
            JsonNode from = nodes.get(e.get("from").asText());
            JsonNode to = nodes.get(e.get("to").asText());
            if (from.get("cycle").isNull() || !from.get("cycle").equals(to.get("cycle"))) {
                assertTrue(e.toString(), from.get("x").asInt() < to.get("x").asInt());
            }
        }
        assertTrue(states.toString(), states.contains("none") && states.contains("proposed")
                && states.contains("committed"));
        JsonNode proposed = get("/graph?state=proposed", "alice");
        assertTrue(proposed.get("edges").size() > 0);
        proposed.get("edges").forEach(e -> assertEquals("proposed", e.get("state").asText()));
    }

    @Test
    public void teamFilter_keepsDependenciesWithAnEndInTheTeam() throws Exception {
        JsonNode graph = get("/graph?team=API", "alice");
        assertTrue(graph.get("edges").size() > 0);
        Map<String, String> team = new HashMap<>();
        graph.get("nodes").forEach(n -> team.put(n.get("key").asText(), n.get("team").asText()));
        for (JsonNode e : graph.get("edges")) {
            assertTrue(e.toString(), "API".equals(team.get(e.get("from").asText()))
                    || "API".equals(team.get(e.get("to").asText())));
        }
        assertTrue(graph.get("edges").size() < get("/graph", "alice").get("edges").size());
    }

    @Test
    public void teams_countEveryVisibleDependency_byState() throws Exception {
        JsonNode issues = get("/graph", "alice");
        JsonNode teams = get("/graph?aggregate=teams", "alice");
        assertTrue(teams.get("counts").get("aggregated").asBoolean());
        assertEquals(issues.get("counts").get("dependencies"), teams.get("counts").get("dependencies"));
        assertEquals(List.of("team", "issues", "critical", "late", "internal", "x", "y"), fields(teams.get("nodes").get(0)));
        int counted = 0;
        int issueCount = 0;
        for (JsonNode t : teams.get("nodes")) {
            counted += t.get("internal").asInt();
            issueCount += t.get("issues").asInt();
            assertTrue(Set.of("API", "APP", "WEB").contains(t.get("team").asText()));
        }
        for (JsonNode e : teams.get("edges")) {
            assertEquals(List.of("from", "to", "dependencies", "late", "byState"), fields(e));
            int byState = 0;
            for (JsonNode n : e.get("byState")) {
                byState += n.asInt();
            }
            assertEquals(e.get("dependencies").asInt(), byState);
            counted += e.get("dependencies").asInt();
        }
        assertEquals(issues.get("edges").size(), counted);
        assertEquals(issues.get("nodes").size(), issueCount);
    }

    @Test
    public void alice_neverSeesAnIssueSheCannotBrowse() throws Exception {
        Set<String> visible = new HashSet<>();
        for (int startAt = 0; ; startAt += 100) {
            HttpResponse<String> r = WB.get("/rest/program-office/1.0/programs/DEMO/issues?maxResults=100&startAt="
                    + startAt, "alice");
            JsonNode page = JSON.readTree(r.body());
            page.get("values").forEach(i -> visible.add(i.get("key").asText()));
            if (page.get("isLast").asBoolean()) {
                break;
            }
        }
        JsonNode graph = get("/graph", "alice");
        graph.get("nodes").forEach(n -> assertTrue(n.toString(), visible.contains(n.get("key").asText())));
        graph.get("edges").forEach(e -> assertTrue(e.toString(), visible.contains(e.get("from").asText())
                && visible.contains(e.get("to").asText())));
        assertTrue(get("/graph", "admin").get("counts").get("issues").asInt()
                > graph.get("counts").get("issues").asInt());
    }

    @Test
    public void badParameters_are400WithAMessagePerParameter_unknownProgram404_anonymous401() throws Exception {
        HttpResponse<String> r = WB.get(BASE + "/graph?state=maybe&aggregate=projects", "alice");
        assertEquals(400, r.statusCode());
        JsonNode errors = JSON.readTree(r.body());
        assertTrue(errors.get("errorMessages").isArray());
        assertEquals("'maybe' is not a dependency state. Choose from: none, proposed, committed, declined, "
                + "escalated, done.", errors.get("errors").get("state").asText());
        assertEquals("'projects' is not a way to draw the graph. Choose from: auto, issues, teams.",
                errors.get("errors").get("aggregate").asText());
        assertEquals(404, WB.get("/rest/program-office/1.0/programs/NOPE/dependencies/graph", "alice").statusCode());
        assertEquals(401, WB.get(BASE + "/graph", null).statusCode());
    }
}
