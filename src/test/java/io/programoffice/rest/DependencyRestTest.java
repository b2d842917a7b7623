package io.programoffice.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.programoffice.jira.JiraProgramIndex;
import io.programoffice.testing.RunningWorkbench;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The dependency REST API in-process, on the workbench with the demo. Alice browses APP, WEB and API and edits APP
 * and WEB; Bob browses API, DATA and OPS and edits API and DATA; only admin sees SEC. The demo seeds one dependency in every state (see DemoDependencies).
 */
public class DependencyRestTest {
    @ClassRule
    public static final RunningWorkbench WB = new RunningWorkbench(true);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REST = "/rest/program-office/1.0";
    private static final String XSRF = "X-Atlassian-Token";

    private static JsonNode ok(HttpResponse<String> response, int status) throws Exception {
        assertEquals(response.body(), status, response.statusCode());
        return response.body().isEmpty() ? null : JSON.readTree(response.body());
    }

    private static JsonNode get(String path, String user) throws Exception {
        return ok(WB.get(REST + path, user), 200);
    }

    private static HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
        return WB.json(method, REST + path, user, body, XSRF, "no-check");
    }

    private static void indexCaughtUp() throws InterruptedException {
        assertTrue(WB.workbench().plugin(JiraProgramIndex.class).awaitQueued(Duration.ofSeconds(30)));
    }

    /** The dependency in the list whose other end has this key (as admin sees it). */
    private static JsonNode withEnd(JsonNode list, String end, String key) {
        for (JsonNode d : list) {
            if (key.equals(d.get(end).path("key").asText())) {
                return d;
            }
        }
        throw new AssertionError("no dependency with " + end + " " + key + " in " + list);
    }

    @Test
    public void demo_hasADependencyInEveryState() throws Exception {
        indexCaughtUp();
        List<String> states = new ArrayList<>();
        String[][] pairs = {{"APP-10", "API-10"}, {"WEB-14", "API-11"}, {"APP-15", "API-12"}, {"WEB-15", "API-13"},
                {"APP-12", "API-14"}, {"SEC-10", "APP-13"}, {"DATA-10", "OPS-10"}};
        for (String[] pair : pairs) {
            JsonNode d = withEnd(get("/issues/" + pair[0] + "/dependencies", "admin").get("upstream"), "upstream",
                    pair[1]);
            states.add(d.get("state").asText());
            assertEquals("FS", d.get("kind").asText());
            assertEquals(pair[0], d.get("downstream").get("key").asText());
        }
        assertEquals(List.of("proposed", "committed", "declined", "escalated", "done", "proposed", "proposed"), states);
        JsonNode late = withEnd(get("/issues/WEB-14/dependencies", "admin").get("upstream"), "upstream", "API-11");
        assertEquals("late", late.get("health").asText());
        JsonNode single = get("/dependencies/" + late.get("linkId").asLong(), "admin");
        assertEquals(List.of("propose", "commit"), texts(single.get("history"), "action"));
        assertEquals("bob", single.get("history").get(1).get("actor").asText());
    }

    @Test
    public void issueDependencies_hideAnEndTheCallerCannotBrowse_withoutLeakingItsKey() throws Exception {
        indexCaughtUp();
        HttpResponse<String> raw = WB.get(REST + "/issues/APP-13/dependencies", "alice");
        JsonNode forAlice = ok(raw, 200);
        assertFalse(raw.body(), raw.body().contains("SEC-"));
        JsonNode hidden = null;
        for (JsonNode d : forAlice.get("downstream")) {
            if (d.get("downstream").get("hidden").asBoolean()) {
                hidden = d;
            }
        }
        assertNotNull(forAlice.toString(), hidden);
        assertEquals(1, hidden.get("downstream").size());
        assertEquals("proposed", hidden.get("state").asText());
        assertEquals("APP-13", hidden.get("upstream").get("key").asText());
        assertTrue(hidden.toString(), texts(hidden.get("actions"), null).containsAll(List.of("commit", "decline")));

        HttpResponse<String> forBob = WB.get(REST + "/issues/API-10/dependencies", "bob");
        JsonNode bob = ok(forBob, 200);
        assertFalse(forBob.body(), forBob.body().contains("APP-"));
        JsonNode asked = null;
        for (JsonNode d : bob.get("downstream")) {
            if ("proposed".equals(d.path("state").asText())) {
                asked = d;
            }
        }
        assertNotNull(bob.toString(), asked);
        assertTrue(asked.get("downstream").get("hidden").asBoolean());
        assertEquals(List.of("commit", "decline"), texts(asked.get("actions"), null));
        JsonNode forAliceToo = withEnd(get("/issues/APP-10/dependencies", "alice").get("upstream"), "upstream",
                "API-10");
        assertEquals(List.of(), texts(forAliceToo.get("actions"), null));

        assertEquals(404, WB.get(REST + "/issues/SEC-10/dependencies", "alice").statusCode());
        assertEquals(404, WB.get(REST + "/issues/APP-10/dependencies", "bob").statusCode());
        assertEquals(404, WB.get(REST + "/issues/NOPE-1/dependencies", "alice").statusCode());
        assertEquals(401, WB.get(REST + "/issues/APP-10/dependencies", null).statusCode());
    }

    @Test
    public void queue_countsWhatWaitsForEachCaller() throws Exception {
        JsonNode bob = get("/programs/DEMO/dependencies/queue", "bob");
        assertTrue(bob.toString(), bob.get("waiting").get("count").asInt() >= 1);
        assertFalse(bob.toString(), bob.toString().contains("APP-1"));
        JsonNode alice = get("/programs/DEMO/dependencies/queue", "alice");
        assertTrue(alice.toString(), alice.get("asked").get("count").asInt() >= 2);
        assertTrue(alice.toString(), alice.get("escalated").get("count").asInt() >= 1);
        assertTrue(alice.toString(), alice.get("waiting").get("count").asInt() >= 1);
        JsonNode team = get("/programs/DEMO/dependencies/queue?team=API", "admin");
        assertEquals("API", team.get("team").asText());
        assertTrue(team.toString(), team.get("waiting").get("count").asInt() >= 1);
        assertEquals(404, WB.get(REST + "/programs/NOPE/dependencies/queue", "alice").statusCode());
    }

    @Test
    public void proposeCommitDone_throughRest_withStaleAndIllegalMovesRefused() throws Exception {
        JsonNode created = ok(send("POST", "/dependencies", "alice",
                "{\"from\":\"APP-20\",\"to\":\"API-20\",\"type\":\"Blocks\",\"neededBy\":\"2027-05-01\",\"lag\":2,"
                        + "\"note\":\"Need <the> endpoint\"}"), 201);
        long id = created.get("linkId").asLong();
        assertEquals("proposed", created.get("state").asText());
        assertEquals(2, created.get("lag").asInt());
        assertEquals("API-20", created.get("upstream").get("key").asText());
        assertEquals("Need <the> endpoint", created.get("note").asText());

        JsonNode illegal = ok(send("POST", "/dependencies/" + id + "/transitions", "bob",
                "{\"action\":\"done\",\"version\":1}"), 400);
        assertTrue(illegal.toString(), illegal.get("errors").get("action").asText().contains("done"));
        ok(send("POST", "/dependencies/" + id + "/transitions", "bob", "{\"action\":\"commit\",\"version\":0}"), 409);
        JsonNode committed = ok(send("POST", "/dependencies/" + id + "/transitions", "bob",
                "{\"action\":\"commit\",\"note\":\"ok\",\"version\":1}"), 200);
        assertEquals("committed", committed.get("state").asText());
        assertEquals(2, committed.get("version").asInt());
        JsonNode edited = ok(send("PUT", "/dependencies/" + id, "bob",
                "{\"upstreamOwner\":\"bob\",\"neededBy\":\"\",\"version\":2}"), 200);
        assertTrue(edited.get("neededBy") == null || edited.get("neededBy").isNull());
        assertEquals("bob", edited.get("upstreamOwner").asText());

        indexCaughtUp();
        JsonNode panel = get("/issues/APP-20/dependencies", "alice");
        assertEquals("committed", withEnd(panel.get("upstream"), "upstream", "API-20").get("state").asText());

        ok(send("DELETE", "/dependencies/" + id, "bob", null), 403);
        ok(send("DELETE", "/dependencies/" + id, "alice", null), 204);
        assertEquals(404, WB.get(REST + "/dependencies/" + id, "alice").statusCode());
        indexCaughtUp();
        JsonNode after = get("/issues/APP-20/dependencies", "alice");
        for (JsonNode d : after.get("upstream")) {
            assertFalse(d.get("linkId").asLong() == id);
        }
    }

    @Test
    public void create_refusesBadInput_withAMessagePerField_andChangesNothing() throws Exception {
        indexCaughtUp();
        int before = get("/issues/APP-21/dependencies", "alice").get("upstream").size();
        JsonNode bad = ok(send("POST", "/dependencies", "alice",
                "{\"from\":\"APP-21\",\"to\":\"NOPE-1\",\"type\":\"Blocks\",\"neededBy\":\"next friday\",\"lag\":400}"),
                400);
        assertEquals(Set.of("to", "neededBy", "lag"), fields(bad.get("errors")));
        assertTrue(bad.get("errors").get("neededBy").asText().contains("2027-03-31"));
        JsonNode unmapped = ok(send("POST", "/dependencies", "alice",
                "{\"from\":\"APP-21\",\"to\":\"WEB-21\",\"type\":\"Relates\"}"), 400);
        assertEquals(Set.of("type"), fields(unmapped.get("errors")));
        JsonNode hiddenTo = ok(send("POST", "/dependencies", "alice",
                "{\"from\":\"APP-21\",\"to\":\"SEC-21\",\"type\":\"Blocks\"}"), 400);
        assertEquals(Set.of("to"), fields(hiddenTo.get("errors")));
        ok(send("POST", "/dependencies", "bob", "{\"from\":\"API-21\",\"to\":\"DATA-21\",\"type\":\"Blocks\","
                + "\"lag\":\"soon\"}"), 400);
        ok(send("POST", "/dependencies", "bob", "{\"from\":\"DATA-21\",\"to\":\"API-21\",\"type\":\"Blocks\","
                + "\"color\":\"red\"}"), 400);
        ok(send("POST", "/dependencies", "alice", "{\"from\":\"DATA-21\",\"to\":\"APP-21\",\"type\":\"Blocks\"}"),
                400);
        ok(send("POST", "/dependencies", "alice", "{\"from\":\"API-21\",\"to\":\"APP-21\",\"type\":\"Blocks\"}"),
                403);
        ok(send("POST", "/dependencies", "bob", "{\"from\":\"API-21\",\"to\":\"APP-21\",\"type\":\"Blocks\"}"),
                400);
        assertEquals(401, WB.json("POST", REST + "/dependencies", null, "{}", XSRF, "no-check").statusCode());
        indexCaughtUp();
        assertEquals(before, get("/issues/APP-21/dependencies", "alice").get("upstream").size());
        assertEquals(404, WB.get(REST + "/dependencies/abc", "alice").statusCode());
    }

    private static Set<String> fields(JsonNode errors) {
        Set<String> out = new TreeSet<>();
        errors.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(field == null ? n.asText() : n.get(field).asText());
        }
        return out;
    }

    @Test
    public void singleDependency_isNotFound_forACallerWhoSeesNeitherEnd() throws Exception {
        indexCaughtUp();
        JsonNode d = withEnd(get("/issues/SEC-10/dependencies", "admin").get("upstream"), "upstream", "APP-13");
        long id = d.get("linkId").asLong();
        assertEquals(404, WB.get(REST + "/dependencies/" + id, "bob").statusCode());
        JsonNode forAlice = get("/dependencies/" + id, "alice");
        assertTrue(forAlice.get("downstream").get("hidden").asBoolean());
        assertNull(forAlice.get("downstream").get("key"));
    }

    @Test
    public void proposal_offersTheSchemesLinkTypes_onlyToThoseWhoMayEditTheIssue() throws Exception {
        indexCaughtUp();
        JsonNode alice = get("/issues/APP-20/dependencies/proposal", "alice");
        assertEquals("APP-20", alice.get("issue").asText());
        assertTrue(alice.get("allowed").asBoolean());
        assertEquals(List.of("Blocks", "Depends"), texts(alice.get("linkTypes"), "name"));
        assertEquals("FS", alice.get("linkTypes").get(0).get("kind").asText());
        JsonNode readOnly = get("/issues/API-20/dependencies/proposal", "alice"); // she browses API, edits APP and WEB
        assertFalse(readOnly.get("allowed").asBoolean());
        assertEquals(0, readOnly.get("linkTypes").size());
        assertFalse(get("/issues/APP-20/dependencies/proposal", "bob").get("allowed").asBoolean()); // can't see it
        assertEquals(401, WB.get(REST + "/issues/APP-20/dependencies/proposal", null).statusCode());
    }

    @Test
    public void issueView_rendersTheDependenciesPanelShell_forAnIssueTheUserMayBrowse() throws Exception {
        HttpResponse<String> page = WB.get("/browse/API-10", "bob");
        assertEquals(200, page.statusCode());
        assertTrue(page.body(), page.body().contains("id=\"po-dependency-panel\""));
        assertTrue(page.body(), page.body().contains("data-issue-key=\"API-10\""));
        assertTrue(page.body(), page.body().contains("program-office-dependency-panel.js"));
        assertTrue(page.body(), page.body().contains("<label for=\"po-propose-to\">Waits on (issue key)"));
        assertEquals(404, WB.get("/browse/SEC-10", "alice").statusCode());
        assertEquals(404, WB.get("/browse/NOPE-1", "alice").statusCode());
    }
}
