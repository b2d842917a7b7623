package io.programoffice.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.programoffice.testing.RunningWorkbench;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;

/** The programs REST resource in-process, on the workbench with the demo: shapes, paging, errors, permissions. */
public class ProgramResourceTest {
    @ClassRule
    public static final RunningWorkbench WB = new RunningWorkbench(true);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "/rest/program-office/1.0";

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    public void list_isPagedInJiraShape() throws Exception {
        HttpResponse<String> response = WB.get(BASE + "/programs?startAt=0&maxResults=10", "admin");
        assertEquals(200, response.statusCode());
        JsonNode page = json(response);
        assertEquals(0, page.get("startAt").asInt());
        assertEquals(10, page.get("maxResults").asInt());
        assertEquals(1, page.get("total").asInt());
        assertEquals("DEMO", page.get("values").get(0).get("key").asText());
        assertTrue(page.get("isLast").asBoolean());
    }

    @Test
    public void list_namesOnlyTheProjectsTheCallerMayBrowse() throws Exception {
        JsonNode admin = json(WB.get(BASE + "/programs", "admin")).get("values").get(0);
        JsonNode bob = json(WB.get(BASE + "/programs", "bob")).get("values").get(0);
        assertEquals(6, admin.get("scope").get("projects").size());
        assertEquals("[\"API\",\"DATA\",\"OPS\"]", bob.get("scope").get("projects").toString());
    }

    @Test
    public void list_rejectsBadPagingWithFieldErrors() throws Exception {
        HttpResponse<String> tooMany = WB.get(BASE + "/programs?maxResults=1000", "admin");
        assertEquals(400, tooMany.statusCode());
        assertTrue(json(tooMany).get("errors").has("maxResults"));
        HttpResponse<String> notANumber = WB.get(BASE + "/programs?startAt=abc", "admin");
        assertEquals(400, notANumber.statusCode());
        assertEquals("startAt must be a whole number, not 'abc'.", json(notANumber).get("errors").get("startAt").asText());
    }

    @Test
    public void summary_countsEveryIssueForAdmin() throws Exception {
        JsonNode summary = json(WB.get(BASE + "/programs/DEMO/summary", "admin"));
        assertEquals("DEMO", summary.get("key").asText());
        assertEquals(WB.workbench().demo().issues(), summary.get("issues").asLong());
        assertEquals(List.of("APP", "WEB", "API", "DATA", "OPS", "SEC"), fieldNames(summary.get("byProject")));
        assertEquals(List.of("new", "indeterminate", "done"), fieldNames(summary.get("byStatusCategory")));
        long categories = 0;
        for (JsonNode n : summary.get("byStatusCategory")) {
            assertTrue(n.asLong() > 0);
            categories += n.asLong();
        }
        assertEquals(summary.get("issues").asLong(), categories);
    }

    @Test
    public void summary_showsAliceOnlyHerProjects_withoutTheIssuesOfSecurityLevelsSheIsNotIn() throws Exception {
        JsonNode admin = json(WB.get(BASE + "/programs/DEMO/summary", "admin"));
        JsonNode alice = json(WB.get(BASE + "/programs/DEMO/summary", "alice"));
        JsonNode bob = json(WB.get(BASE + "/programs/DEMO/summary", "bob"));
        assertEquals(List.of("APP", "WEB", "API"), fieldNames(alice.get("byProject")));
        assertEquals(List.of("API", "DATA", "OPS"), fieldNames(bob.get("byProject")));
        long aliceTotal = 0;
        for (String project : fieldNames(alice.get("byProject"))) {
            long embargoed = project.equals("API") ? 15 : 0; // the demo's Embargoed level: admin and Bob only
            assertEquals(admin.get("byProject").get(project).asLong() - embargoed,
                    alice.get("byProject").get(project).asLong());
            aliceTotal += alice.get("byProject").get(project).asLong();
        }
        assertEquals(aliceTotal, alice.get("issues").asLong());
        assertTrue(alice.get("issues").asLong() < admin.get("issues").asLong());
    }

    @Test
    public void releases_groupFixVersionsAcrossTheCallersProjects_andShowDateSpread() throws Exception {
        JsonNode admin = json(WB.get(BASE + "/programs/DEMO/releases", "admin"));
        assertEquals(List.of("2026.Q3", "2026.Q4", "2027.Q1", "2027.Q2"), names(admin.get("values")));
        JsonNode q3 = admin.get("values").get(0);
        assertTrue(q3.get("released").asBoolean());
        assertTrue(q3.get("aligned").asBoolean());
        assertEquals(6, q3.get("projects").size());
        JsonNode q2 = admin.get("values").get(3);
        assertEquals("2027-05-25", q2.get("earliest").asText());
        assertEquals(14, q2.get("spreadDays").asLong());
        assertEquals(false, q2.get("aligned").asBoolean());

        JsonNode alice = json(WB.get(BASE + "/programs/DEMO/releases", "alice"));
        for (JsonNode release : alice.get("values")) {
            for (JsonNode project : release.get("projects")) {
                assertTrue(List.of("APP", "WEB", "API").contains(project.get("key").asText()));
            }
        }
        assertEquals(6, alice.get("values").get(3).get("spreadDays").asLong());
    }

    @Test
    public void unknownProgram_is404InJiraErrorShape() throws Exception {
        HttpResponse<String> response = WB.get(BASE + "/programs/NOPE/summary", "alice");
        assertEquals(404, response.statusCode());
        JsonNode error = json(response);
        assertEquals("No program with key NOPE exists.", error.get("errorMessages").get(0).asText());
        assertEquals(0, error.get("errors").size());
    }

    @Test
    public void badCredentialsAndAnonymousCalls_are401() throws Exception {
        assertEquals(401, WB.get(BASE + "/programs", "alice", "wrong").statusCode());
        HttpResponse<String> anonymous = WB.get(BASE + "/programs", null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(json(anonymous).has("errorMessages"));
    }

    @Test
    public void wrongMethod_is405_keepsItsAllowHeader_inJiraErrorShape() throws Exception {
        HttpResponse<String> response = WB.send("DELETE", BASE + "/programs/DEMO/summary", "admin");
        assertEquals(405, response.statusCode());
        assertTrue(response.headers().firstValue("Allow").orElse("").contains("GET"));
        assertTrue(json(response).get("errorMessages").isArray());
    }

    @Test
    public void unknownPath_is404InJiraErrorShape() throws Exception {
        HttpResponse<String> response = WB.get(BASE + "/nothing-here", "admin");
        assertEquals(404, response.statusCode());
        assertTrue(json(response).get("errorMessages").isArray());
    }

    private static List<String> names(JsonNode values) {
        List<String> names = new ArrayList<>();
        values.forEach(v -> names.add(v.get("name").asText()));
        return names;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
