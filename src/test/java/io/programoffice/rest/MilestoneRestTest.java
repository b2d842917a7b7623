package io.programoffice.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.programoffice.testing.RunningWorkbench;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The milestones REST API in-process, on the workbench with the demo (DEMO is owned by admin and Alice; Bob is a
 * stakeholder; Alice browses APP, WEB and API but neither SEC nor API's Embargoed issues such as API-41): the demo's
 * milestones, create, list, get, update, stale versions, delete, bad input at its fields, permissions.
 */
public class MilestoneRestTest {
    @ClassRule
    public static final RunningWorkbench WB = new RunningWorkbench(true);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "/rest/program-office/1.0/programs/DEMO/milestones";
    private static final String XSRF = "X-Atlassian-Token";

    @BeforeClass
    public static void indexReady() throws Exception {
        WB.awaitIndex();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static String body(String name, String target, String scope) {
        return "{\"name\":\"" + name + "\",\"description\":\"For the test.\",\"targetDate\":\"" + target
                + "\",\"scope\":" + scope + "}";
    }

    private static JsonNode create(String name, String target, String scope) throws Exception {
        HttpResponse<String> created = WB.json("POST", BASE, "alice", body(name, target, scope));
        assertEquals(created.body(), 201, created.statusCode());
        return json(created);
    }

    @Test
    public void demo_hasThreeMilestones_oneOfEachScopeKind_inTheirOrder() throws Exception {
        JsonNode list = WB.getJson(BASE, "bob");
        List<String> names = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (JsonNode m : list) {
            if (m.get("description").asText().equals("For the test.")) {
                continue;
            }
            names.add(m.get("name").asText());
            kinds.add(m.get("scope").get("kind").asText());
            assertFalse("bob is no owner of DEMO", m.get("canEdit").asBoolean());
        }
        assertEquals(List.of("Beta", "Partner pilot", "Public launch"), names);
        assertEquals(List.of("FIX_VERSION", "ISSUES", "JQL"), kinds);
        assertEquals(List.of("id", "name", "description", "targetDate", "scope", "owner", "position", "version",
                "canEdit", "issues", "done", "percentComplete", "estimateTotal", "estimateDone", "scopeChange",
                "forecast", "forecastInputs", "rag", "reasons", "burnup", "critical"), fieldNames(list.get(0)));
        assertEquals("2027.Q1", list.get(0).get("scope").get("text").asText());
        assertEquals("[\"APP-20\",\"APP-21\",\"APP-22\",\"WEB-20\",\"WEB-21\",\"API-20\"]",
                list.get(1).get("scope").get("issueKeys").toString());
    }

    @Test
    public void demo_showsOneLateOneAtRiskAndOneOnTrack_withForecastsAndReasonsInWords() throws Exception {
        // the demo sets its targets from the forecasts the day it is seeded, as Alice sees them
        JsonNode list = WB.getJson(BASE, "alice");
        List<String> rags = new ArrayList<>();
        for (JsonNode m : list) {
            if (m.get("description").asText().equals("For the test.")) {
                continue;
            }
            rags.add(m.get("name").asText() + " " + m.get("rag").asText());
            JsonNode f = m.get("forecast");
            assertTrue(m.toString(), f.isObject());
            LocalDate p50 = LocalDate.parse(f.get("p50").asText());
            LocalDate p85 = LocalDate.parse(f.get("p85").asText());
            LocalDate p95 = LocalDate.parse(f.get("p95").asText());
            assertTrue(m.toString(), !p50.isAfter(p85) && !p85.isAfter(p95));
            double onTime = f.get("probabilityOnTime").asDouble();
            assertTrue(m.toString(), onTime >= 0 && onTime <= 1);
            assertTrue(m.toString(), m.get("reasons").size() >= 1);
            assertTrue(m.toString(), m.get("forecastInputs").get("teams").size() >= 1);
            assertEquals(60, m.get("forecastInputs").get("windowDays").asInt());
            assertEquals(10_000, m.get("forecastInputs").get("trials").asInt());
            JsonNode last = m.get("burnup").get(m.get("burnup").size() - 1);
            assertEquals(m.get("issues").asInt(), last.get("scope").asInt());
            assertEquals(m.get("done").asInt(), last.get("done").asInt());
        }
        assertEquals(List.of("Beta RED", "Partner pilot GREEN", "Public launch AMBER"), rags);
        assertTrue(list.get(0).get("reasons").get(0).asText(),
                list.get(0).get("reasons").get(0).asText().matches("Even the P50 forecast, \\d{4}-\\d{2}-\\d{2}, is "
                        + "\\d+ days after the target\\."));
    }

    @Test
    public void scopeChangeSinceTheNewestBaseline_isCountedAndMakesTheMilestoneAmber() throws Exception {
        long id = create("Scope watch", "2027-06-30",
                "{\"kind\":\"ISSUES\",\"issueKeys\":[\"APP-40\",\"APP-41\",\"APP-42\",\"APP-43\"]}")
                .get("id").asLong();
        HttpResponse<String> taken = WB.json("POST", "/rest/program-office/1.0/programs/DEMO/baselines", "alice",
                null, XSRF, "no-check");
        assertEquals(taken.body(), 201, taken.statusCode());
        JsonNode same = find(WB.getJson(BASE, "alice"), id);
        assertEquals(4, same.get("scopeChange").get("before").asInt());
        assertEquals(0, same.get("scopeChange").get("percent").asInt());
        HttpResponse<String> grown = WB.json("PUT", BASE + "/" + id, "alice",
                "{\"scope\":{\"kind\":\"ISSUES\",\"issueKeys\":[\"APP-40\",\"APP-41\",\"APP-42\",\"APP-44\","
                        + "\"APP-45\"]},\"version\":" + same.get("version").asInt() + "}");
        assertEquals(grown.body(), 200, grown.statusCode());
        JsonNode after = find(WB.getJson(BASE, "alice"), id);
        JsonNode change = after.get("scopeChange");
        assertEquals(List.of(4, 2, 1, 25), List.of(change.get("before").asInt(), change.get("added").asInt(),
                change.get("removed").asInt(), change.get("percent").asInt()));
        assertTrue(after.toString(), after.get("reasons").toString().contains("Scope +25% since the baseline of "));
        assertTrue(after.toString(), !"GREEN".equals(after.get("rag").asText()));
        assertEquals(204, WB.json("DELETE", BASE + "/" + id, "alice", null, XSRF, "no-check").statusCode());
    }

    private static JsonNode find(JsonNode list, long id) {
        for (JsonNode m : list) {
            if (m.get("id").asLong() == id) {
                return m;
            }
        }
        throw new AssertionError("no milestone " + id + " in " + list);
    }

    @Test
    public void forecastWindowAndTrials_outOfRange_are400() throws Exception {
        HttpResponse<String> window = WB.get(BASE + "?window=0", "alice");
        assertEquals(400, window.statusCode());
        assertEquals("The throughput window must be 1 to 1,000 working days.",
                json(window).get("errors").get("window").asText());
        HttpResponse<String> trials = WB.get(BASE + "?trials=100001", "alice");
        assertEquals(400, trials.statusCode());
        assertEquals("The number of trials must be 100 to 100,000.", json(trials).get("errors").get("trials").asText());
        assertEquals(400, WB.get(BASE + "?trials=many", "alice").statusCode());
        HttpResponse<String> unit = WB.get(BASE + "?unit=points", "alice");
        assertEquals(400, unit.statusCode());
        assertEquals("'points' is not a unit. Choose issues or estimate.",
                json(unit).get("errors").get("unit").asText());
        JsonNode estimates = WB.getJson(BASE + "?unit=estimate", "alice");
        assertEquals("ESTIMATE", estimates.get(0).get("forecastInputs").get("unit").asText());
        assertEquals(200, WB.get(BASE + "?window=20&trials=100", "alice").statusCode());
    }

    @Test
    public void create_list_get_update_delete_roundTrip_withStaleVersion409() throws Exception {
        JsonNode created = create("Cutover", "2027-05-14", "{\"kind\":\"ISSUES\",\"issueKeys\":[\"app-30\",\"WEB-31\"]}");
        long id = created.get("id").asLong();
        assertEquals(1, created.get("version").asInt());
        assertEquals("2027-05-14", created.get("targetDate").asText());
        assertEquals("[\"APP-30\",\"WEB-31\"]", created.get("scope").get("issueKeys").toString());
        assertEquals("", created.get("scope").get("text").asText());
        assertEquals("alice", created.get("owner").asText());
        assertTrue(created.get("canEdit").asBoolean());

        JsonNode listed = null;
        for (JsonNode m : WB.getJson(BASE, "admin")) {
            if (m.get("id").asLong() == id) {
                listed = m;
            }
        }
        for (String field : List.of("id", "name", "description", "targetDate", "scope", "owner", "position",
                "version", "canEdit")) {
            assertEquals(field, created.get(field), listed.get(field)); // the list adds what is computed
        }
        assertEquals(2, listed.get("issues").asInt());
        JsonNode forBob = WB.getJson(BASE + "/" + id, "bob");
        assertEquals("Cutover", forBob.get("name").asText());
        assertFalse(forBob.get("canEdit").asBoolean());

        HttpResponse<String> updated = WB.json("PUT", BASE + "/" + id, "admin",
                "{\"name\":\"Cutover weekend\",\"scope\":{\"kind\":\"JQL\",\"text\":\"project = APP\"},\"version\":1}");
        assertEquals(updated.body(), 200, updated.statusCode());
        JsonNode after = json(updated);
        assertEquals(2, after.get("version").asInt());
        assertEquals("Cutover weekend", after.get("name").asText());
        assertEquals("2027-05-14", after.get("targetDate").asText());
        assertEquals("alice", after.get("owner").asText());
        assertEquals("JQL", after.get("scope").get("kind").asText());
        assertEquals(0, after.get("scope").get("issueKeys").size());

        HttpResponse<String> stale = WB.json("PUT", BASE + "/" + id, "alice", "{\"name\":\"Too late\",\"version\":1}");
        assertEquals(stale.body(), 409, stale.statusCode());
        assertEquals(1, json(stale).get("errorMessages").size());
        assertEquals("Cutover weekend", WB.getJson(BASE + "/" + id, "alice").get("name").asText());

        HttpResponse<String> noVersion = WB.json("PUT", BASE + "/" + id, "alice", "{\"name\":\"No version\"}");
        assertEquals(400, noVersion.statusCode());
        assertTrue(json(noVersion).get("errors").has("version"));

        assertEquals(204, WB.json("DELETE", BASE + "/" + id, "alice", null, XSRF, "no-check").statusCode());
        assertEquals(404, WB.get(BASE + "/" + id, "alice").statusCode());
        assertEquals(404, WB.json("DELETE", BASE + "/" + id, "alice", null, XSRF, "no-check").statusCode());
    }

    @Test
    public void badInput_isReportedAtItsField_andNothingIsStored() throws Exception {
        int before = WB.getJson(BASE, "admin").size();
        assertEquals("'next spring' is not a date. Use the form 2027-03-31.",
                fieldError(body("Odd", "next spring", "{\"kind\":\"FIX_VERSION\",\"text\":\"2027.Q1\"}"), "targetDate"));
        assertTrue(fieldError(body("Early", "2024-01-31", "{\"kind\":\"FIX_VERSION\",\"text\":\"2027.Q1\"}"),
                "targetDate").startsWith("The target date 2024-01-31 is before the program started (2025-"));
        assertTrue(fieldError(body("Bad JQL", "2027-05-14", "{\"kind\":\"JQL\",\"text\":\"project = = APP\"}"),
                "scope.text").startsWith("Jira cannot run this query: "));
        assertEquals("Issue API-41 does not exist or you do not have permission to see it.",
                fieldError(body("Hidden", "2027-05-14", "{\"kind\":\"ISSUES\",\"issueKeys\":[\"APP-1\",\"API-41\"]}"),
                        "scope.issueKeys"));
        assertEquals("Issue SEC-1 does not exist or you do not have permission to see it.",
                fieldError(body("Other project", "2027-05-14", "{\"kind\":\"ISSUES\",\"issueKeys\":[\"SEC-1\"]}"),
                        "scope.issueKeys"));
        assertEquals("Issue APP-99999 does not exist or you do not have permission to see it.",
                fieldError(body("Unknown", "2027-05-14", "{\"kind\":\"ISSUES\",\"issueKeys\":[\"APP-99999\"]}"),
                        "scope.issueKeys"));
        assertEquals("'SOON' is not a scope. Choose FIX_VERSION, JQL or ISSUES.",
                fieldError(body("Kind", "2027-05-14", "{\"kind\":\"SOON\"}"), "scope.kind"));
        assertEquals("The program already has a milestone named 'beta'.",
                fieldError(body("beta", "2027-05-14", "{\"kind\":\"FIX_VERSION\",\"text\":\"2027.Q1\"}"), "name"));

        HttpResponse<String> several = WB.json("POST", BASE, "alice",
                "{\"name\":\"\",\"targetDate\":\"31/03/2027\",\"scope\":{\"kind\":\"ISSUES\"},\"owner\":\"nobody\"}");
        assertEquals(400, several.statusCode());
        assertEquals(List.of("name", "targetDate", "scope.issueKeys", "owner"),
                sorted(fieldNames(json(several).get("errors")), List.of("name", "targetDate", "scope.issueKeys",
                        "owner")));
        assertEquals(400, WB.json("POST", BASE, "alice", "{\"title\":\"x\"}").statusCode());
        assertEquals(400, WB.get(BASE + "/abc", "alice").statusCode());
        assertEquals(before, WB.getJson(BASE, "admin").size());
    }

    @Test
    public void onlyOwnersAndAdministratorsChange_everyoneWhoSeesTheProgramReads() throws Exception {
        long id = create("Dry run", "2027-04-16", "{\"kind\":\"FIX_VERSION\",\"text\":\"2027.Q1\"}").get("id").asLong();
        HttpResponse<String> bobCreates = WB.json("POST", BASE, "bob",
                body("Bob's", "2027-04-16", "{\"kind\":\"FIX_VERSION\",\"text\":\"2027.Q1\"}"));
        assertEquals(403, bobCreates.statusCode());
        assertEquals("Only the owners of program DEMO and Jira administrators may change its milestones.",
                json(bobCreates).get("errorMessages").get(0).asText());
        assertEquals(403, WB.json("PUT", BASE + "/" + id, "bob", "{\"name\":\"Mine\",\"version\":1}").statusCode());
        assertEquals(403, WB.json("DELETE", BASE + "/" + id, "bob", null, XSRF, "no-check").statusCode());
        assertEquals(200, WB.get(BASE + "/" + id, "bob").statusCode());
        assertEquals(401, WB.get(BASE, null).statusCode());
        assertEquals(204, WB.json("DELETE", BASE + "/" + id, "admin", null, XSRF, "no-check").statusCode());
    }

    @Test
    public void unknownProgramOrMilestone_is404() throws Exception {
        assertEquals(404, WB.get("/rest/program-office/1.0/programs/NOPE/milestones", "alice").statusCode());
        assertEquals(404, WB.json("POST", "/rest/program-office/1.0/programs/NOPE/milestones", "alice",
                body("X", "2027-04-16", "{\"kind\":\"FIX_VERSION\",\"text\":\"R\"}")).statusCode());
        HttpResponse<String> unknown = WB.get(BASE + "/999999", "alice");
        assertEquals(404, unknown.statusCode());
        assertEquals("Program DEMO has no milestone 999,999.", json(unknown).get("errorMessages").get(0).asText());
        assertEquals(404, WB.json("PUT", BASE + "/999999", "alice", "{\"version\":1}").statusCode());
    }

    @Test
    public void changes_needXsrfProtection() throws Exception {
        HttpResponse<String> form = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(WB.baseUrl() + BASE))
                .POST(HttpRequest.BodyPublishers.ofString("name=x"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("alice:alice".getBytes()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, form.statusCode());
        long id = WB.getJson(BASE, "alice").get(0).get("id").asLong();
        assertEquals(403, WB.json("DELETE", BASE + "/" + id, "alice", null).statusCode());
        assertEquals(200, WB.get(BASE + "/" + id, "alice").statusCode());
    }

    private static String fieldError(String body, String field) throws Exception {
        HttpResponse<String> response = WB.json("POST", BASE, "alice", body);
        assertEquals(response.body(), 400, response.statusCode());
        JsonNode errors = json(response).get("errors");
        assertTrue(response.body(), errors.has(field));
        return errors.get(field).asText();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> sorted(List<String> names, List<String> order) {
        return names.stream().sorted(java.util.Comparator.comparingInt(order::indexOf)).toList();
    }
}
