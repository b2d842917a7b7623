package io.programoffice.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.programoffice.testing.RunningWorkbench;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * {@code GET /programs/{key}/dependencies/matrix}, its CSV export and {@code /dependencies/list} in-process on the
 * demo: counts that add up, only issues each user may see, the demo's negotiation states, and bad parameters.
 */
public class DependencyMatrixRestTest {
    @ClassRule
    public static final RunningWorkbench WB = new RunningWorkbench(true);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "/rest/program-office/1.0/programs/DEMO/dependencies";
    private static final List<String> STATES = List.of("unproposed", "proposed", "committed", "declined", "escalated",
            "done");

    @BeforeClass
    public static void indexBuilt() throws Exception {
        WB.awaitIndex();
    }

    private static JsonNode get(String path, String user) throws Exception {
        return WB.getJson(BASE + path, user);
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    public void matrix_addsUp_rowsColumnsAndStates() throws Exception {
        for (String user : List.of("admin", "alice", "bob")) {
            JsonNode m = get("/matrix", user);
            List<String> fields = new ArrayList<>();
            m.fieldNames().forEachRemaining(fields::add);
            assertEquals(List.of("program", "states", "teams", "rows", "columnTotals", "total"), fields);
            assertEquals(STATES, texts(m.get("states")));
            List<String> teams = texts(m.get("teams"));
            List<String> sorted = new ArrayList<>(teams);
            sorted.sort(String.CASE_INSENSITIVE_ORDER);
            assertEquals(sorted, teams);
            int n = teams.size();
            int[] columns = new int[n];
            int grand = 0;
            for (int r = 0; r < n; r++) {
                JsonNode row = m.get("rows").get(r);
                assertEquals(teams.get(r), row.get("team").asText());
                int sum = 0;
                for (int c = 0; c < n; c++) {
                    JsonNode cell = row.get("cells").get(c);
                    int byState = 0;
                    for (String s : STATES) {
                        byState += cell.get("byState").get(s).asInt();
                    }
                    assertEquals(cell.get("total").asInt(), byState);
                    assertEquals(cell.get("total").asInt() == 0, cell.path("worst").isMissingNode());
                    sum += cell.get("total").asInt();
                    columns[c] += cell.get("total").asInt();
                }
                assertEquals(sum, row.get("total").get("total").asInt());
                grand += sum;
            }
            for (int c = 0; c < n; c++) {
                assertEquals(columns[c], m.get("columnTotals").get(c).get("total").asInt());
            }
            assertEquals(grand, m.get("total").get("total").asInt());
            assertTrue(user, grand >= get("/analysis", user).get("dependencies").asInt());
        }
    }

    @Test
    public void admin_seesTheDemoInEveryState_andAStateFilterCountsOnlyThose() throws Exception {
        JsonNode all = get("/matrix", "admin").get("total").get("byState");
        for (String s : STATES) {
            assertTrue(s, all.get(s).asInt() >= 1);
        }
        JsonNode blocked = get("/matrix?state=declined&state=escalated", "admin");
        assertEquals(List.of("declined", "escalated"), texts(blocked.get("states")));
        assertEquals(all.get("declined").asInt() + all.get("escalated").asInt(),
                blocked.get("total").get("total").asInt());
        assertEquals(0, blocked.get("total").get("byState").get("proposed").asInt());
        assertEquals("escalated", blocked.get("total").get("worst").asText());
    }

    @Test
    public void list_givesOneCellsDependencies_pagedAndVisible() throws Exception {
        JsonNode m = get("/matrix", "alice");
        Set<String> hers = Set.of("APP", "WEB", "API");
        List<String> teams = texts(m.get("teams"));
        int checked = 0;
        for (int r = 0; r < teams.size(); r++) {
            for (int c = 0; c < teams.size(); c++) {
                int total = m.get("rows").get(r).get("cells").get(c).get("total").asInt();
                if (total == 0) {
                    continue;
                }
                String cell = "/list?dependentTeam=" + q(teams.get(r)) + "&upstreamTeam=" + q(teams.get(c));
                JsonNode page = get(cell + "&maxResults=100", "alice");
                assertEquals(total, page.get("total").asInt());
                assertEquals(Math.min(100, total), page.get("values").size());
                for (JsonNode d : page.get("values")) {
                    assertEquals(teams.get(r), d.get("downstream").get("team").asText());
                    assertEquals(teams.get(c), d.get("upstream").get("team").asText());
                    for (String end : List.of("upstream", "downstream")) {
                        assertFalse(d.get(end).get("hidden").asBoolean());
                        String key = d.get(end).get("key").asText();
                        assertTrue(key, hers.contains(key.substring(0, key.indexOf('-'))));
                    }
                }
                if (total > 2) {
                    JsonNode second = get(cell + "&startAt=1&maxResults=1", "alice");
                    assertEquals(page.get("values").get(1).get("linkId"), second.get("values").get(0).get("linkId"));
                    assertFalse(second.get("isLast").asBoolean());
                }
                checked++;
            }
        }
        assertTrue(checked > 0);
        JsonNode escalated = get("/list?state=escalated", "alice");
        assertEquals(1, escalated.get("total").asInt()); // WEB-15 waits on API-13 (the demo)
        JsonNode d = escalated.get("values").get(0);
        assertEquals("WEB-15", d.get("downstream").get("key").asText());
        assertEquals("API-13", d.get("upstream").get("key").asText());
        assertEquals("blocked", d.get("health").asText());
    }

    @Test
    public void export_isTheMatrixAsCsv() throws Exception {
        JsonNode m = get("/matrix?state=proposed", "alice");
        HttpResponse<String> r = WB.get(BASE + "/matrix/export?state=proposed", "alice");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(r.body().startsWith("\uFEFF"));
        List<String> lines = r.body().substring(1).lines().toList();
        assertEquals("Waiting team,Upstream team,Total,Not proposed,Proposed,Committed,Declined,Escalated,Done",
                lines.get(0));
        assertEquals("All teams,All teams," + m.get("total").get("total").asInt() + ",0,"
                + m.get("total").get("total").asInt() + ",0,0,0,0", lines.get(lines.size() - 1));
    }

    @Test
    public void badParameters_are400WithAMessagePerParameter_andUnknownProgram404() throws Exception {
        HttpResponse<String> bad = WB.get(BASE + "/matrix?state=open&dependentTeam=A&dependentTeam=B", "alice");
        assertEquals(400, bad.statusCode());
        JsonNode errors = JSON.readTree(bad.body()).get("errors");
        assertTrue(errors.get("state").asText(), errors.get("state").asText().contains("'open'"));
        assertTrue(errors.has("dependentTeam"));
        assertEquals(400, WB.get(BASE + "/list?maxResults=1000", "alice").statusCode());
        assertEquals(400, WB.get(BASE + "/matrix/export?state=late", "alice").statusCode());
        assertEquals(404, WB.get("/rest/program-office/1.0/programs/NOPE/dependencies/matrix", "alice").statusCode());
        assertEquals(401, WB.get(BASE + "/list", null).statusCode());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
