package io.programoffice.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.programoffice.testing.RunningWorkbench;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * {@code GET /programs/{key}/dependencies/analysis} in-process on the demo (DEMO's scheme maps Blocks and Depends as
 * finish-to-start): the counts as each user sees them, never an issue they can't see.
 */
public class DependencyAnalysisRestTest {
    @ClassRule
    public static final RunningWorkbench WB = new RunningWorkbench(true);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "/rest/program-office/1.0/programs/DEMO";

    @BeforeClass
    public static void indexBuilt() throws Exception {
        WB.awaitIndex();
    }

    private static JsonNode get(String path, String user) throws Exception {
        return WB.getJson(BASE + path, user);
    }

    @Test
    public void analysis_hasTheAgreedShape_andCountsOnlyMappedLinksBetweenVisibleIssues() throws Exception {
        for (String user : List.of("admin", "alice", "bob")) {
            JsonNode analysis = get("/dependencies/analysis", user);
            List<String> fields = new ArrayList<>();
            analysis.fieldNames().forEachRemaining(fields::add);
            assertEquals(List.of("dependencies", "crossProject", "cycles", "largestCycle", "longestChain",
                    "criticalPath", "late"), fields);
            JsonNode byType = get("/summary", user).get("links").get("byType");
            int mapped = byType.path("Blocks").asInt() + byType.path("Depends").asInt();
            int dependencies = analysis.get("dependencies").asInt();
            assertTrue(user + ": " + dependencies, dependencies > 0 && dependencies <= mapped);
            assertTrue(analysis.get("crossProject").asInt() <= dependencies);
            assertTrue(analysis.get("longestChain").asInt() >= 1);
            assertEquals(analysis.get("cycles").asInt() == 0, analysis.get("largestCycle").asInt() == 0);
        }
        assertTrue(get("/dependencies/analysis", "alice").get("dependencies").asInt()
                < get("/dependencies/analysis", "admin").get("dependencies").asInt());
    }

    @Test
    public void theDemoCycle_isFound_forWhoeverSeesItsIssues() throws Exception {
        // WEB-12 waits on APP-14, APP-14 on WEB-13, WEB-13 on WEB-12 (DemoDependencies); alice browses APP and WEB
        for (String user : List.of("admin", "alice")) {
            JsonNode analysis = get("/dependencies/analysis", user);
            assertTrue(user, analysis.get("cycles").asInt() >= 1);
            assertTrue(user, analysis.get("largestCycle").asInt() >= 3);
        }
    }

    @Test
    public void alice_neverSeesAKeyOfAProjectSheCannotBrowse() throws Exception {
        JsonNode analysis = get("/dependencies/analysis", "alice");
        Set<String> hers = Set.of("APP", "WEB", "API");
        List<String> keys = new ArrayList<>();
        analysis.get("criticalPath").forEach(k -> keys.add(k.asText()));
        for (JsonNode late : analysis.get("late")) {
            keys.add(late.get("upstream").asText());
            keys.add(late.get("dependent").asText());
            assertTrue(late.get("daysLate").asInt() > 0);
        }
        assertFalse(keys.isEmpty());
        Set<String> visible = new java.util.HashSet<>();
        for (int startAt = 0; ; startAt += 100) {
            JsonNode page = get("/issues?maxResults=100&startAt=" + startAt, "alice");
            page.get("values").forEach(i -> visible.add(i.get("key").asText()));
            if (page.get("isLast").asBoolean()) {
                break;
            }
        }
        assertEquals(1797, visible.size()); // the Embargoed API issues are hidden from her
        for (String key : keys) {
            assertTrue(key, hers.contains(key.substring(0, key.indexOf('-'))) && visible.contains(key));
        }
    }

    @Test
    public void unknownProgram_is404_andAnonymous_is401() throws Exception {
        assertEquals(404, WB.get("/rest/program-office/1.0/programs/NOPE/dependencies/analysis", "alice")
                .statusCode());
        assertEquals(401, WB.get(BASE + "/dependencies/analysis", null).statusCode());
    }
}
