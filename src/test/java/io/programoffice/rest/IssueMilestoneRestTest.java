package io.programoffice.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.programoffice.testing.RunningWorkbench;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The milestones an issue feeds, in-process on the workbench with the demo (DEMO's Partner pilot lists APP-20, APP-21,
 * APP-22, WEB-20, WEB-21 and API-20; Beta is every issue with fix version 2027.Q1; Public launch is a JQL on 2027.Q2;
 * Alice browses APP, WEB and API but not SEC nor API's Embargoed issues such as API-41).
 */
public class IssueMilestoneRestTest {
    @ClassRule
    public static final RunningWorkbench WB = new RunningWorkbench(true);
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeClass
    public static void indexReady() throws Exception {
        WB.awaitIndex();
    }

    private static String path(String key) {
        return "/rest/program-office/1.0/issues/" + key + "/milestones";
    }

    private static List<String> names(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(m -> out.add(m.get("programKey").asText() + "/" + m.get("name").asText()));
        return out;
    }

    @Test
    public void list_showsPartnerPilot_forAnIssueItLists_withStatusForecastAndCriticalPath() throws Exception {
        JsonNode list = WB.getJson(path("APP-20"), "alice");
        assertTrue(list.toString(), names(list).contains("DEMO/Partner pilot"));
        JsonNode pilot = null;
        for (JsonNode m : list) {
            if (m.get("name").asText().equals("Partner pilot")) {
                pilot = m;
            }
        }
        assertNotNull(pilot);
        List<String> fields = new ArrayList<>();
        pilot.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("programKey", "programName", "milestoneId", "name", "targetDate", "rag", "p85",
                "probabilityOnTime", "critical", "reason"), fields);
        assertEquals("GREEN", pilot.get("rag").asText());
        LocalDate.parse(pilot.get("targetDate").asText()); // the demo dates it by its forecast
        LocalDate.parse(pilot.get("p85").asText());
        double onTime = pilot.get("probabilityOnTime").asDouble();
        assertTrue(onTime >= 0 && onTime <= 1);
        assertTrue(pilot.get("critical").isBoolean());
        assertFalse(pilot.get("reason").asText().isBlank());
        // the same as the program's milestone list says, for the same caller
        JsonNode program = WB.getJson("/rest/program-office/1.0/programs/DEMO/milestones", "alice");
        for (JsonNode m : program) {
            if (m.get("id").asLong() == pilot.get("milestoneId").asLong()) {
                assertEquals(m.get("forecast").get("p85").asText(), pilot.get("p85").asText());
                assertEquals(m.get("reasons").get(0).asText(), pilot.get("reason").asText());
                boolean critical = false;
                for (JsonNode k : m.get("critical")) {
                    critical |= k.asText().equals("APP-20");
                }
                assertEquals(critical, pilot.get("critical").asBoolean());
            }
        }
    }

    @Test
    public void list_isEmpty_forAnIssueInNoMilestone() throws Exception {
        // most APP issues have neither fix version 2027.Q1 nor 2027.Q2 and are not listed by Partner pilot
        String found = null;
        for (int n = 1; n <= 80 && found == null; n++) {
            JsonNode list = WB.getJson(path("APP-" + n), "admin");
            if (list.isArray() && list.isEmpty()) {
                found = "APP-" + n;
            }
        }
        assertNotNull("some APP issue feeds no milestone", found);
        HttpResponse<String> response = WB.get(path(found), "alice");
        assertEquals(200, response.statusCode());
        assertEquals("[]", response.body());
    }

    @Test
    public void list_showsBetaAndPublicLaunch_byFixVersionAndJql() throws Exception {
        List<String> seen = new ArrayList<>();
        for (int n = 1; n <= 80; n++) {
            seen.addAll(names(WB.getJson(path("WEB-" + n), "admin")));
        }
        assertTrue(seen.toString(), seen.contains("DEMO/Beta"));
        assertTrue(seen.toString(), seen.contains("DEMO/Public launch"));
    }

    @Test
    public void list_is404_forAnIssueTheCallerMayNotBrowse_orThatDoesNotExist() throws Exception {
        HttpResponse<String> hidden = WB.get(path("API-41"), "alice");
        assertEquals(404, hidden.statusCode());
        HttpResponse<String> missing = WB.get(path("API-999999"), "alice");
        assertEquals(404, missing.statusCode());
        JsonNode a = JSON.readTree(hidden.body());
        JsonNode b = JSON.readTree(missing.body());
        assertEquals("There is no issue API-41, or you may not see it.", a.get("errorMessages").get(0).asText());
        assertEquals(b.get("errorMessages").get(0).asText().replace("API-999999", "API-41"),
                a.get("errorMessages").get(0).asText());
        assertEquals(200, WB.get(path("API-41"), "admin").statusCode());
        assertEquals(404, WB.get(path("SEC-1"), "alice").statusCode());
        assertEquals(401, WB.get(path("APP-20"), null).statusCode());
    }
}
