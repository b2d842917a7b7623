package io.programoffice.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.programoffice.testing.RunningWorkbench;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Programs and schemes through REST on the workbench with the demo: the wire shapes of the issue, every kind of bad
 * input (clear error, nothing written), permissions, WebSudo, XSRF, versions, audit, export and import.
 */
public class AdministrationRestTest {
    @ClassRule
    public static final RunningWorkbench WB = new RunningWorkbench(true);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "/rest/program-office/1.0";
    private static final String NO_CHECK = "X-Atlassian-Token";

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> post(String path, String user, String body) throws Exception {
        return WB.json("POST", BASE + path, user, body);
    }

    private static long schemeCount() throws Exception {
        return json(WB.json("GET", BASE + "/schemes", "admin", null)).get("total").asLong();
    }

    private static long programCount() throws Exception {
        return json(WB.json("GET", BASE + "/programs", "admin", null)).get("total").asLong();
    }

    private static long auditCount() throws Exception {
        return json(WB.json("GET", BASE + "/audit", "admin", null)).get("total").asLong();
    }

    private static final String SCHEME = """
            {"name":"%s","dependencyLinkTypes":[
               {"linkType":"Blocks","kind":"FS","dependentEnd":"destination","lagDays":0},
               {"linkType":"Depends","kind":"FS","dependentEnd":"source","lagDays":0}],
             "doneStatusCategories":["done"]}""";

    private static long createScheme(String name) throws Exception {
        HttpResponse<String> r = post("/schemes", "admin", SCHEME.formatted(name));
        assertEquals(r.body(), 201, r.statusCode());
        return json(r).get("id").asLong();
    }

    private static String program(String key, long schemeId, String projects) {
        return """
                {"key":"%s","name":"Platform migration","schemeId":%d,"scope":{"projects":[%s],"jql":null}}"""
                .formatted(key, schemeId, projects);
    }

    @Test
    public void issueWireShapes_createASchemeAndAProgram_with201() throws Exception {
        long id = createScheme("Wire shape scheme");
        HttpResponse<String> created = post("/programs", "alice", program("PLAT", id, "\"APP\",\"WEB\""));
        assertEquals(created.body(), 201, created.statusCode());
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/programs/PLAT"));
        JsonNode p = json(created);
        assertEquals(1, p.get("version").asInt());
        assertEquals("[\"alice\"]", p.get("owners").toString());
        assertTrue(p.get("canEdit").asBoolean());
        assertEquals(id, json(WB.json("GET", BASE + "/programs/PLAT", "bob", null)).get("schemeId").asLong());
    }

    @Test
    public void badPrograms_getFieldErrors_andNothingIsWritten() throws Exception {
        long id = createScheme("Bad programs scheme");
        long programs = programCount();
        long audited = auditCount();
        List<String[]> cases = List.of(
                new String[] {program("DEMO", id, "\"APP\""), "key"},
                new String[] {program("demo-1", id, "\"APP\""), "key"},
                new String[] {program("ZED", id, "\"NOPE\""), "scope.projects"},
                new String[] {program("ZED", 99999, "\"APP\""), "schemeId"},
                new String[] {"{\"key\":\"ZED\",\"name\":\"Z\",\"schemeId\":" + id
                        + ",\"owners\":[\"ghost\"],\"scope\":{\"projects\":[\"APP\"]}}", "owners"},
                new String[] {"{\"key\":\"ZED\",\"name\":\"Z\",\"schemeId\":" + id
                        + ",\"scope\":{\"projects\":[],\"jql\":\"project = \"}}", "scope.jql"},
                new String[] {"{\"key\":\"ZED\",\"name\":\"" + "x".repeat(100_000) + "\",\"schemeId\":" + id
                        + ",\"scope\":{\"projects\":[\"APP\"]}}", "name"},
                new String[] {"{\"key\":\"ZED\",\"name\":\"Z\",\"schemeId\":" + id + ",\"colour\":\"red\"}", "colour"},
                new String[] {"{\"key\":\"ZED\",\"name\":\"Z\",\"schemeId\":99999999999999999999}", "schemeId"});
        for (String[] c : cases) {
            HttpResponse<String> r = post("/programs", "alice", c[0]);
            assertEquals(c[1] + ": " + r.body(), 400, r.statusCode());
            assertTrue(c[1] + ": " + r.body(), json(r).get("errors").has(c[1]));
        }
        HttpResponse<String> notJson = post("/programs", "alice", "{not json");
        assertEquals(400, notJson.statusCode());
        assertTrue(json(notJson).get("errorMessages").get(0).asText().startsWith("The request body is not valid JSON"));
        assertEquals(programs, programCount());
        assertEquals(audited, auditCount());
    }

    @Test
    public void aJqlOnlyProgram_isCreated_andItsJqlShownOnlyToThoseWhoMayChangeIt() throws Exception {
        long id = createScheme("JQL only scheme");
        HttpResponse<String> created = post("/programs", "alice", "{\"key\":\"JQLO\",\"name\":\"J\",\"schemeId\":" + id
                + ",\"scope\":{\"jql\":\"project = APP\"}}");
        assertEquals(created.body(), 201, created.statusCode());
        assertEquals("project = APP", json(created).get("scope").get("jql").asText());
        assertEquals(0, json(created).get("scope").get("projects").size());
        JsonNode seenByBob = json(WB.json("GET", BASE + "/programs/JQLO", "bob", null));
        assertTrue(seenByBob.get("scope").get("jql").isNull());
    }

    @Test
    public void anUpdate_changesOnlyTheFieldsItNames() throws Exception {
        long id = createScheme("Partial update scheme");
        post("/programs", "alice", "{\"key\":\"PART\",\"name\":\"P\",\"description\":\"Keep me\",\"schemeId\":" + id
                + ",\"stakeholders\":[\"bob\"],\"scope\":{\"projects\":[\"APP\"]}}");
        assertEquals(200, WB.json("POST", BASE + "/programs/PART/archive?version=1", "alice", null, NO_CHECK, "no-check")
                .statusCode());
        HttpResponse<String> renamed = WB.json("PUT", BASE + "/programs/PART", "alice", "{\"name\":\"Renamed\",\"version\":2}");
        assertEquals(renamed.body(), 200, renamed.statusCode());
        JsonNode p = json(renamed);
        assertEquals("Renamed", p.get("name").asText());
        assertEquals("Keep me", p.get("description").asText());
        assertEquals("[\"bob\"]", p.get("stakeholders").toString());
        assertTrue(p.get("archived").asBoolean());
        assertEquals("[\"APP\"]", p.get("scope").get("projects").toString());
        HttpResponse<String> again = WB.json("POST", BASE + "/programs/PART/archive?version=3", "alice", null,
                NO_CHECK, "no-check");
        assertEquals(3, json(again).get("version").asInt());
    }

    @Test
    public void aStrangerEditingAProgram_gets403_beforeTheBodyIsRead() throws Exception {
        long id = createScheme("Stranger scheme");
        post("/programs", "alice", program("STRG", id, "\"APP\""));
        assertEquals(403, WB.json("PUT", BASE + "/programs/STRG", "bob", "garbage").statusCode());
        assertEquals(404, WB.json("PUT", BASE + "/programs/NOPE", "bob", "{\"name\":\"x\"}").statusCode());
    }

    @Test
    public void simultaneousChanges_oneWins_theOthersGetClearRefusals_neverAServerError() throws Exception {
        long id = createScheme("Race scheme");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> creates = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                creates.add(pool.submit(() -> post("/programs", "alice", program("RACE", id, "\"APP\"")).statusCode()));
            }
            List<Integer> created = new ArrayList<>();
            for (java.util.concurrent.Future<Integer> f : creates) {
                created.add(f.get());
            }
            assertEquals(created.toString(), 1, created.stream().filter(s -> s == 201).count());
            assertTrue(created.toString(), created.stream().allMatch(s -> s == 201 || s == 400 || s == 409));

            String update = "{\"name\":\"Raced %d\",\"version\":1}";
            List<java.util.concurrent.Future<Integer>> updates = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                updates.add(pool.submit(() -> WB.json("PUT", BASE + "/programs/RACE", "alice", update.formatted(n))
                        .statusCode()));
            }
            List<Integer> updated = new ArrayList<>();
            for (java.util.concurrent.Future<Integer> f : updates) {
                updated.add(f.get());
            }
            assertEquals(updated.toString(), 1, updated.stream().filter(s -> s == 200).count());
            assertTrue(updated.toString(), updated.stream().allMatch(s -> s == 200 || s == 409));
            assertEquals(2, json(WB.json("GET", BASE + "/programs/RACE", "alice", null)).get("version").asInt());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void invalidJql_returnsJirasOwnMessage() throws Exception {
        long id = createScheme("JQL scheme");
        HttpResponse<String> r = post("/programs", "alice", "{\"key\":\"JQLX\",\"name\":\"J\",\"schemeId\":" + id
                + ",\"scope\":{\"jql\":\"project = APP AND frobnicate = 1\"}}");
        assertEquals(400, r.statusCode());
        assertTrue(r.body(), json(r).get("errors").get("scope.jql").asText().contains("frobnicate"));
    }

    @Test
    public void badSchemes_getFieldErrors_andNothingIsWritten() throws Exception {
        long schemes = schemeCount();
        List<String[]> cases = List.of(
                new String[] {"{\"name\":\"S1\",\"dependencyLinkTypes\":[{\"linkType\":\"Clones\",\"kind\":\"FS\","
                        + "\"dependentEnd\":\"source\",\"lagDays\":0}]}", "dependencyLinkTypes[0].linkType"},
                new String[] {"{\"name\":\"S1\",\"dependencyLinkTypes\":[{\"linkType\":\"Blocks\",\"kind\":\"FS\","
                        + "\"dependentEnd\":\"source\",\"lagDays\":1.5}]}", "dependencyLinkTypes[0].lagDays"},
                new String[] {"{\"name\":\"S1\",\"dependencyLinkTypes\":[{\"linkType\":\"Blocks\",\"kind\":\"FS\","
                        + "\"dependentEnd\":\"source\",\"lagDays\":366}]}", "dependencyLinkTypes[0].lagDays"},
                new String[] {"{\"name\":\"S1\",\"doneStatuses\":[\"Shipped\"]}", "doneStatuses"},
                new String[] {"{\"name\":\"S1\",\"estimate\":{\"source\":\"STORY_POINTS\",\"fieldId\":\"customfield_1\"}}",
                        "estimate.fieldId"},
                new String[] {"{\"name\":\"S1\",\"durations\":{\"workingDaysPerUnit\":0}}",
                        "durations.workingDaysPerUnit"},
                new String[] {"{\"name\":\"S1\",\"durations\":{\"defaultWorkingDays\":400}}",
                        "durations.defaultWorkingDays"},
                new String[] {"{\"name\":\"Delivery scheme\"}", "name"});
        for (String[] c : cases) {
            HttpResponse<String> r = post("/schemes", "admin", c[0]);
            assertEquals(c[1] + ": " + r.body(), 400, r.statusCode());
            assertTrue(c[1] + ": " + r.body(), json(r).get("errors").has(c[1]));
        }
        assertEquals(schemes, schemeCount());
    }

    @Test
    public void schemeDurations_default_byEstimateKind_andAreStoredAsGiven() throws Exception {
        HttpResponse<String> plain = post("/schemes", "admin", "{\"name\":\"Durations A\"}");
        assertEquals(plain.body(), 201, plain.statusCode());
        assertEquals(3.0, json(plain).get("durations").get("workingDaysPerUnit").asDouble(), 0);
        HttpResponse<String> given = post("/schemes", "admin", "{\"name\":\"Durations B\",\"estimate\":"
                + "{\"source\":\"ORIGINAL_ESTIMATE\"},\"durations\":{\"defaultWorkingDays\":5}}");
        assertEquals(given.body(), 201, given.statusCode());
        long id = json(given).get("id").asLong();
        JsonNode read = json(WB.json("GET", BASE + "/schemes/" + id, "admin", null)).get("durations");
        assertEquals(0.125, read.get("workingDaysPerUnit").asDouble(), 0);
        assertEquals(5.0, read.get("defaultWorkingDays").asDouble(), 0);
    }

    @Test
    public void schemeRisks_needAnIssueTypeAndFieldsJiraHas_andAreOffWithoutThem() throws Exception {
        long before = schemeCount();
        HttpResponse<String> malformed = post("/schemes", "admin", "{\"name\":\"Risks A\",\"risks\":{"
                + "\"issueType\":\"Risk\",\"probabilityField\":\"customfield_10002\","
                + "\"impactField\":\"customfield_90001\",\"roamField\":\"roam\"}}");
        assertEquals(malformed.body(), 400, malformed.statusCode());
        assertEquals("'roam' is not a custom field id: use the form customfield_10020.",
                json(malformed).get("errors").get("risks.roamField").asText());
        HttpResponse<String> unknown = post("/schemes", "admin", "{\"name\":\"Risks A\",\"risks\":{"
                + "\"issueType\":\"Hazard\",\"probabilityField\":\"customfield_10002\","
                + "\"impactField\":\"customfield_90001\",\"roamField\":\"customfield_90002\"}}");
        assertEquals(unknown.body(), 400, unknown.statusCode());
        JsonNode errors = json(unknown).get("errors");
        assertEquals("Jira has no issue type Hazard.", errors.get("risks.issueType").asText());
        assertEquals("Jira has no custom field customfield_90001.", errors.get("risks.impactField").asText());
        assertEquals("Jira has no custom field customfield_90002.", errors.get("risks.roamField").asText());
        assertEquals(before, schemeCount());
        HttpResponse<String> wrongKind = post("/schemes", "admin", "{\"name\":\"Risks A\",\"risks\":{"
                + "\"issueType\":\"Risk\",\"probabilityField\":\"customfield_10205\","
                + "\"impactField\":\"customfield_10201\",\"roamField\":\"customfield_10200\"}}");
        assertEquals(wrongKind.body(), 400, wrongKind.statusCode());
        assertEquals("customfield_10205 does not hold numbers: choose a Probability field (a risk level 1-5) or a"
                + " number field.", json(wrongKind).get("errors").get("risks.probabilityField").asText());
        assertEquals("customfield_10200 does not hold a ROAM state: choose a ROAM status field or a text field.",
                json(wrongKind).get("errors").get("risks.roamField").asText());
        assertEquals(before, schemeCount());
        HttpResponse<String> fine = post("/schemes", "admin", "{\"name\":\"Risks C\",\"risks\":{"
                + "\"issueType\":\"risk\",\"probabilityField\":\"customfield_10002\","
                + "\"impactField\":\"customfield_10201\",\"roamField\":\"customfield_10204\","
                + "\"mitigationField\":\"customfield_10205\"}}");
        assertEquals(fine.body(), 201, fine.statusCode());
        JsonNode stored = json(WB.json("GET", BASE + "/schemes/" + json(fine).get("id").asLong(), "admin", null));
        assertEquals("Risk", stored.get("risks").get("issueType").asText());
        assertEquals("customfield_10205", stored.get("risks").get("mitigationField").asText());
        assertEquals("assignee", stored.get("risks").get("ownerField").asText());
        HttpResponse<String> none = post("/schemes", "admin", "{\"name\":\"Risks B\"}");
        assertEquals(none.body(), 201, none.statusCode());
        assertTrue(json(none).get("risks").isNull());
    }

    @Test
    public void schemes_areForAdminsOnly() throws Exception {
        assertEquals(403, WB.json("GET", BASE + "/schemes", "alice", null).statusCode());
        assertEquals(403, post("/schemes", "bob", SCHEME.formatted("Bob's")).statusCode());
        assertEquals(403, WB.json("GET", BASE + "/audit", "alice", null).statusCode());
        assertEquals(401, WB.json("GET", BASE + "/schemes", null, null).statusCode());
    }

    @Test
    public void changesWithoutXsrfProtection_areRefused_andChangeNothing() throws Exception {
        long id = createScheme("XSRF scheme");
        post("/programs", "alice", program("XSRF", id, "\"APP\""));
        HttpResponse<String> plain = WB.json("DELETE", BASE + "/programs/XSRF?version=1", "alice", null);
        assertEquals(403, plain.statusCode());
        assertEquals("XSRF check failed", plain.body());
        HttpResponse<String> form = WB.json("POST", BASE + "/programs/XSRF/archive?version=1", "alice", null,
                "Content-Type", "text/plain");
        assertEquals(403, form.statusCode());
        assertFalse(json(WB.json("GET", BASE + "/programs/XSRF", "alice", null)).get("archived").asBoolean());
        assertEquals(204, WB.json("DELETE", BASE + "/programs/XSRF?version=1", "alice", null, NO_CHECK, "no-check")
                .statusCode());
    }

    @Test
    public void staleVersions_get409_andChangeNothing() throws Exception {
        long id = createScheme("Stale scheme");
        post("/programs", "alice", program("STALE", id, "\"APP\""));
        String update = "{\"name\":\"Renamed\",\"schemeId\":" + id + ",\"scope\":{\"projects\":[\"APP\"]},\"version\":%d}";
        assertEquals(200, WB.json("PUT", BASE + "/programs/STALE", "alice", update.formatted(1)).statusCode());
        HttpResponse<String> stale = WB.json("PUT", BASE + "/programs/STALE", "alice",
                update.replace("Renamed", "Again").formatted(1));
        assertEquals(409, stale.statusCode());
        assertTrue(json(stale).get("errorMessages").get(0).asText().contains("version 2"));
        assertEquals("Renamed", json(WB.json("GET", BASE + "/programs/STALE", "bob", null)).get("name").asText());
        assertEquals(409, WB.json("POST", BASE + "/programs/STALE/archive?version=1", "alice", null,
                NO_CHECK, "no-check").statusCode());
    }

    @Test
    public void onlyOwnersAndAdmins_changeAProgram() throws Exception {
        long id = createScheme("Owner scheme");
        post("/programs", "alice", program("OWN", id, "\"API\""));
        String update = "{\"name\":\"Bob was here\",\"schemeId\":" + id + ",\"scope\":{\"projects\":[\"API\"]},\"version\":1}";
        HttpResponse<String> bob = WB.json("PUT", BASE + "/programs/OWN", "bob", update);
        assertEquals(403, bob.statusCode());
        assertFalse(json(WB.json("GET", BASE + "/programs/OWN", "bob", null)).get("canEdit").asBoolean());
        assertEquals(200, WB.json("PUT", BASE + "/programs/OWN", "admin", update).statusCode());
    }

    @Test
    public void aSchemeInUse_cannotBeDeleted_butAFreeOneCan() throws Exception {
        long used = createScheme("Used scheme");
        post("/programs", "alice", program("USED", used, "\"APP\""));
        HttpResponse<String> refused = WB.json("DELETE", BASE + "/schemes/" + used + "?version=1", "admin", null,
                NO_CHECK, "no-check");
        assertEquals(409, refused.statusCode());
        assertTrue(json(refused).get("errorMessages").get(0).asText().contains("used by 1 programs"));
        long free = createScheme("Free scheme");
        assertEquals(204, WB.json("DELETE", BASE + "/schemes/" + free + "?version=1", "admin", null,
                NO_CHECK, "no-check").statusCode());
        assertEquals(404, WB.json("GET", BASE + "/schemes/" + free, "admin", null).statusCode());
    }

    @Test
    public void export_thenImport_recreatesTheScheme_andRefusesUnknownReferences() throws Exception {
        long id = createScheme("Exported scheme");
        HttpResponse<String> exported = WB.json("GET", BASE + "/schemes/" + id + "/export", "admin", null);
        assertEquals(200, exported.statusCode());
        assertTrue(exported.headers().firstValue("Content-Disposition").orElse("").contains("exported-scheme"));
        assertFalse(json(exported).has("id"));
        long before = schemeCount();
        String renamed = exported.body().replace("Exported scheme", "Imported scheme");
        HttpResponse<String> imported = post("/schemes/import", "admin", renamed);
        assertEquals(imported.body(), 201, imported.statusCode());
        HttpResponse<String> unknown = post("/schemes/import", "admin",
                renamed.replace("Imported scheme", "Broken import").replace("\"Depends\"", "\"Clones\""));
        assertEquals(400, unknown.statusCode());
        assertTrue(json(unknown).get("errors").get("dependencyLinkTypes[1].linkType").asText().contains("Clones"));
        assertEquals(before + 1, schemeCount());
    }

    @Test
    public void everyChange_isAudited_withWhoAndWhat() throws Exception {
        long id = createScheme("Audited scheme");
        post("/programs", "alice", program("AUD", id, "\"APP\""));
        JsonNode latest = json(WB.json("GET", BASE + "/audit?maxResults=2", "admin", null)).get("values");
        assertEquals("program", latest.get(0).get("kind").asText());
        assertEquals("AUD", latest.get(0).get("target").asText());
        assertEquals("alice", latest.get(0).get("actor").asText());
        assertEquals("create", latest.get(0).get("action").asText());
        assertEquals("scheme", latest.get(1).get("kind").asText());
        assertEquals("Audited scheme", latest.get(1).get("changes").get("name").get("after").asText());
    }

    @Test
    public void list_filtersByNameOwnerAndArchived() throws Exception {
        long id = createScheme("Filter scheme");
        post("/programs", "bob", program("FLT", id, "\"DATA\""));
        assertEquals(List.of("FLT"), keys(BASE + "/programs?owner=bob"));
        assertTrue(keys(BASE + "/programs?name=checkout").contains("DEMO"));
        assertEquals(200, WB.json("POST", BASE + "/programs/FLT/archive?version=1", "bob", null, NO_CHECK, "no-check")
                .statusCode());
        assertEquals(List.of("FLT"), keys(BASE + "/programs?archived=true&owner=bob"));
        assertEquals(400, WB.json("GET", BASE + "/programs?archived=maybe", "bob", null).statusCode());
    }

    private static List<String> keys(String path) throws Exception {
        List<String> keys = new ArrayList<>();
        for (Iterator<JsonNode> it = json(WB.json("GET", path, "bob", null)).get("values").elements(); it.hasNext(); ) {
            keys.add(it.next().get("key").asText());
        }
        return keys;
    }

    @Test
    public void aBrowserSession_needsWebSudo_forSchemes_butBasicAuthDoesNot() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(WB.baseUrl() + "/login.jsp"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("os_username=admin&os_password=admin&os_destination="
                        + URLEncoder.encode("/plugins/servlet/program-office/programs", StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, login.statusCode());
        HttpRequest schemes = HttpRequest.newBuilder(URI.create(WB.baseUrl() + BASE + "/schemes"))
                .header("Accept", "application/json").build();
        HttpResponse<String> challenged = browser.send(schemes, HttpResponse.BodyHandlers.ofString());
        assertEquals(401, challenged.statusCode());
        assertTrue(json(challenged).get("errorMessages").get(0).asText().contains("WebSudo"));
        HttpResponse<String> sudo = browser.send(HttpRequest.newBuilder(
                        URI.create(WB.baseUrl() + "/secure/admin/WebSudoAuthenticate.jspa"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("webSudoPassword=admin&webSudoDestination=%2F"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, sudo.statusCode());
        assertEquals(200, browser.send(schemes, HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(200, WB.json("GET", BASE + "/schemes", "admin", null).statusCode());
    }
}
