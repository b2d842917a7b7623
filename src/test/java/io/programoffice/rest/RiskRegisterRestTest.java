package io.programoffice.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.programoffice.testing.RunningWorkbench;
import io.programoffice.workbench.host.WbIssue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The risk register, heat map, CSV export and the creation of a suggested risk through REST, in-process on the
 * workbench with the demo (four risk issues per project in every ROAM state; Alice browses APP, WEB and API and
 * creates issues in APP and WEB, Bob browses API, DATA and OPS).
 */
public class RiskRegisterRestTest {
    @ClassRule
    public static final RunningWorkbench WB = new RunningWorkbench(true);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "/rest/program-office/1.0/programs/DEMO/risks";
    private static final String XSRF = "X-Atlassian-Token";

    /** The index holds the demo. */
    @BeforeClass
    public static void indexReady() {
        WB.rebuildIndex();
    }

    private static JsonNode get(String path, String user) throws Exception {
        HttpResponse<String> r = WB.get(BASE + path, user);
        assertEquals(r.body(), 200, r.statusCode());
        return JSON.readTree(r.body());
    }

    private static List<JsonNode> all(String path, String user) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        get(path + (path.contains("?") ? "&" : "?") + "maxResults=100", user).get("values").forEach(out::add);
        return out;
    }

    @Test
    public void theRegister_listsOnlyRisksTheCallerMayBrowse_openOnes_highestResidualScoreFirst() throws Exception {
        List<JsonNode> alice = all("", "alice");
        Set<String> projects = new HashSet<>();
        alice.forEach(r -> projects.add(r.get("key").asText().split("-")[0]));
        assertEquals(Set.of("APP", "WEB", "API"), projects);
        assertTrue(alice.stream().allMatch(r -> r.get("open").asBoolean()));
        assertEquals(12 - 1, demoRisks(alice)); // of APP, WEB and API's four risks each, APP-604 is resolved
        Integer previous = Integer.MAX_VALUE;
        for (JsonNode r : alice) {
            int score = r.get("residualScore").isNull() ? -1 : r.get("residualScore").asInt();
            assertTrue(alice.toString(), score <= previous || score == -1);
            previous = score == -1 ? previous : score;
        }
        JsonNode mitigated = alice.stream().filter(r -> r.get("key").asText().equals("API-601")).findFirst()
                .orElseThrow();
        assertEquals(16, mitigated.get("inherentScore").asInt());
        assertEquals(6, mitigated.get("residualScore").asInt());
        assertEquals("mitigated", mitigated.get("roam").asText());
        assertEquals("Bob Okafor", mitigated.get("ownerName").asText());
        assertEquals("Payment webhook provider rate-limits us at launch", mitigated.get("summary").asText());
        List<JsonNode> withClosed = all("?status=all", "alice");
        assertEquals(12, demoRisks(withClosed));
        assertTrue(withClosed.stream().anyMatch(r -> r.get("key").asText().equals("APP-604")
                && !r.get("open").asBoolean() && r.get("roam").asText().equals("resolved")));
    }

    /** How many of these are the demo's own risks (numbers 601–604), not risks another test created. */
    private static long demoRisks(List<JsonNode> risks) {
        return risks.stream().filter(r -> Integer.parseInt(r.get("key").asText().split("-")[1]) <= 604).count();
    }

    @Test
    public void filters_andAHeatMapCell_selectWhatTheySay() throws Exception {
        List<JsonNode> owned = all("?roam=owned,none&sort=due", "admin");
        assertFalse(owned.isEmpty());
        for (JsonNode r : owned) {
            assertTrue(r.toString(), r.get("roam").isNull() || r.get("roam").asText().equals("owned"));
        }
        for (int i = 1; i < owned.size(); i++) {
            assertTrue(owned.get(i - 1).get("due").asText().compareTo(owned.get(i).get("due").asText()) <= 0);
        }
        List<JsonNode> nobody = all("?owner=-&minScore=15", "admin");
        assertFalse(nobody.isEmpty());
        assertTrue(nobody.stream().allMatch(r -> r.get("owner").isNull() && r.get("residualScore").asInt() >= 15));
        JsonNode map = get("/heatmap", "admin");
        int counted = 0;
        for (int p = 1; p <= 5; p++) {
            for (int i = 1; i <= 5; i++) {
                int n = map.get("cells").get(p - 1).get(i - 1).asInt();
                counted += n;
                if (n > 0) {
                    List<JsonNode> cell = all("?probability=" + p + "&impact=" + i, "admin");
                    assertEquals(p + "x" + i, n, cell.size());
                }
            }
        }
        assertEquals(map.get("open").asInt(), counted + map.get("unassessed").asInt());
        JsonNode inherent = get("/heatmap?basis=inherent", "admin");
        assertEquals("inherent", inherent.get("basis").asText());
        int[][] expected = new int[5][5];
        for (JsonNode r : all("", "admin")) {
            if (!r.get("probability").isNull() && !r.get("impact").isNull()) {
                expected[r.get("probability").asInt() - 1][r.get("impact").asInt() - 1]++;
            }
        }
        for (int p = 0; p < 5; p++) {
            for (int i = 0; i < 5; i++) {
                assertEquals((p + 1) + "x" + (i + 1), expected[p][i], inherent.get("cells").get(p).get(i).asInt());
            }
        }
        assertTrue(inherent.get("cells").get(3).get(3).asInt() > map.get("cells").get(3).get(3).asInt());
    }

    @Test
    public void badParameters_are400WithAMessagePerParameter() throws Exception {
        HttpResponse<String> r = WB.get(BASE + "?roam=maybe&minScore=30&probability=6&impact=x&basis=gut", "alice");
        assertEquals(r.body(), 400, r.statusCode());
        JsonNode errors = JSON.readTree(r.body()).get("errors");
        assertEquals("'maybe' is not a ROAM state: use one of resolved, owned, accepted, mitigated, none.",
                errors.get("roam").asText());
        assertTrue(errors.has("minScore"));
        assertEquals("6 is outside the scale: give a whole number from 1 to 5.", errors.get("probability").asText());
        assertEquals("'x' is not a number: give a whole number from 1 to 5.", errors.get("impact").asText());
        assertEquals("'gut' is not a heat map basis: use residual or inherent.", errors.get("basis").asText());
        HttpResponse<String> half = WB.get(BASE + "?probability=3", "alice");
        assertEquals(400, half.statusCode());
        assertTrue(half.body(), JSON.readTree(half.body()).get("errors").has("impact"));
    }

    @Test
    public void theExport_isTheFilteredRegisterAsCsv() throws Exception {
        HttpResponse<String> csv = WB.get(BASE + "/export?roam=mitigated", "bob");
        assertEquals(200, csv.statusCode());
        List<String> lines = csv.body().lines().toList();
        assertEquals("\uFEFFKey,Summary,Team,Probability,Impact,Inherent score,Residual probability,Residual impact,"
                + "Residual score,ROAM,Owner,Due,Mitigation,Status", lines.get(0));
        assertEquals(all("?roam=mitigated", "bob").size() + 1, lines.size());
        assertTrue(lines.toString(), lines.stream().anyMatch(l -> l.startsWith(
                "API-601,Payment webhook provider rate-limits us at launch,API,4,4,16,2,3,6,Mitigated,Bob Okafor,")));
    }

    @Test
    public void creatingASuggestedRisk_checksTheProjectAndLevels_thenCreatesItLinked_andDismissesTheSuggestion()
            throws Exception {
        JsonNode suggestion = null;
        HttpResponse<String> list = WB.get(BASE + "/suggestions", "alice");
        for (JsonNode s : JSON.readTree(list.body())) {
            if (s.get("kind").asText().equals("blocked_work")) {
                suggestion = s;
            }
        }
        assertTrue(suggestion != null);
        String path = BASE + "/suggestions/" + URLEncoder.encode(suggestion.get("id").asText(), StandardCharsets.UTF_8)
                + "/risk";
        int before = get("?status=all", "admin").get("total").asInt();
        HttpResponse<String> forbidden = WB.json("POST", path, "alice", "{\"project\":\"API\"}", XSRF, "no-check");
        assertEquals(forbidden.body(), 400, forbidden.statusCode());
        assertEquals("You may not create issues in project API. Choose a project where you can, or ask its"
                + " administrator.", JSON.readTree(forbidden.body()).get("errors").get("project").asText());
        HttpResponse<String> outside = WB.json("POST", path, "alice", "{\"project\":\"SEC\"}", XSRF, "no-check");
        assertEquals(outside.body(), 400, outside.statusCode());
        assertEquals("SEC is not one of the projects of program DEMO that you can see.",
                JSON.readTree(outside.body()).get("errors").get("project").asText());
        HttpResponse<String> levels = WB.json("POST", path, "alice",
                "{\"project\":\"APP\",\"probability\":\"9\",\"impact\":\"2.5\",\"summary\":\" \"}", XSRF, "no-check");
        assertEquals(levels.body(), 400, levels.statusCode());
        JsonNode errors = JSON.readTree(levels.body()).get("errors");
        assertTrue(errors.toString(), errors.has("probability") && errors.has("impact"));
        assertEquals(before, get("?status=all", "admin").get("total").asInt());

        HttpResponse<String> created = WB.json("POST", path, "alice",
                "{\"project\":\"APP\",\"summary\":\"Blocked checkout work may slip the launch\",\"probability\":4}",
                XSRF, "no-check");
        assertEquals(created.body(), 201, created.statusCode());
        JsonNode body = JSON.readTree(created.body());
        String key = body.get("key").asText();
        assertTrue(key, key.startsWith("APP-"));
        List<String> evidence = new ArrayList<>();
        suggestion.get("evidenceKeys").forEach(k -> evidence.add(k.asText()));
        List<String> linked = new ArrayList<>();
        body.get("linked").forEach(k -> linked.add(k.asText()));
        assertEquals(evidence, linked);
        assertEquals("Risk " + key + " was created for this suggestion.",
                body.get("suggestion").get("dismissal").get("reason").asText());

        WbIssue issue = WB.workbench().issues().byKey(key);
        assertEquals("Risk", issue.issueType());
        assertEquals("alice", issue.getAssignee().getUsername());
        assertEquals(4.0, issue.fieldValues().get("customfield_10200"));
        assertEquals((double) suggestion.get("impact").asInt(), issue.fieldValues().get("customfield_10201"));
        WB.awaitIndex();
        JsonNode risk = all("?status=all", "alice").stream().filter(r -> r.get("key").asText().equals(key))
                .findFirst().orElseThrow(() -> new AssertionError(key + " is not in the register"));
        assertEquals("Blocked checkout work may slip the launch", risk.get("summary").asText());
        assertEquals(4 * suggestion.get("impact").asInt(), risk.get("inherentScore").asInt());
        HttpResponse<String> after = WB.get(BASE + "/suggestions", "alice");
        assertFalse(after.body().contains(suggestion.get("id").asText()));
    }
}
