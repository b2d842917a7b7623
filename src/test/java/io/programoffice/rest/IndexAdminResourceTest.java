package io.programoffice.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.programoffice.core.index.IssueRecord;
import io.programoffice.core.index.ProgramIndex;
import io.programoffice.jira.JiraProgramIndex;
import io.programoffice.testing.RunningWorkbench;
import io.programoffice.workbench.host.WbIssue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The program index in the running workbench: the administration REST (status, rebuild, who may call them), and
 * changes made through Jira's REST reaching the index through the event path; changes without events reaching it
 * through the reconcile job.
 */
public class IndexAdminResourceTest {
    @ClassRule
    public static final RunningWorkbench WB = new RunningWorkbench(true);
    private static final String BASE = "/rest/program-office/1.0/admin/index";
    private static final ObjectMapper JSON = new ObjectMapper();

    private JiraProgramIndex index;

    @Before
    public void awaitTheBuild() throws Exception {
        index = WB.workbench().plugin(JiraProgramIndex.class);
        assertTrue(index.awaitQueued(Duration.ofSeconds(60)));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private IssueRecord indexed(String key) {
        WbIssue issue = WB.workbench().issues().byKey(key);
        return index.index().get(issue.getId()).orElse(null);
    }

    @Test
    public void status_forAnAdministrator_showsTheDemoIndexBuilt() throws Exception {
        HttpResponse<String> response = WB.get(BASE, "admin");

        assertEquals(200, response.statusCode());
        JsonNode status = json(response);
        assertEquals("READY", status.get("state").asText());
        assertEquals("local", status.get("node").asText());
        assertTrue(status.get("issues").asInt() >= 3_590);
        assertTrue(status.get("links").asInt() > 1_000);
        assertTrue(status.get("retainedBytes").asLong() > 0);
        assertNotNull(status.get("lastBuild").asText(null));
        assertEquals("STORY_POINTS customfield_10002", status.get("estimateSource").asText());
        assertEquals("PROJECT", status.get("teamSource").asText());
    }

    @Test
    public void status_isForAdministratorsOnly() throws Exception {
        assertEquals(403, WB.get(BASE, "alice").statusCode());
        assertEquals(403, WB.get(BASE, "bob").statusCode());
        assertEquals(401, WB.get(BASE, null).statusCode());
    }

    @Test
    public void rebuild_asAnAdministrator_startsABuild_andAnswers202() throws Exception {
        String before = json(WB.get(BASE, "admin")).get("lastBuild").asText();

        HttpResponse<String> response = WB.json("POST", BASE + "/rebuild", "admin", null,
                "X-Atlassian-Token", "no-check");

        assertEquals(202, response.statusCode());
        assertTrue(index.awaitQueued(Duration.ofSeconds(60)));
        JsonNode after = json(WB.get(BASE, "admin"));
        assertEquals("READY", after.get("state").asText());
        assertNotEquals(before, after.get("lastBuild").asText());
    }

    @Test
    public void rebuild_needsAnAdministrator_andXsrfProtection() throws Exception {
        assertEquals(403, WB.json("POST", BASE + "/rebuild", "alice", null, "X-Atlassian-Token", "no-check")
                .statusCode());
        assertEquals(403, WB.send("POST", BASE + "/rebuild", "admin").statusCode());
    }

    @Test
    public void issueEditedThroughJiraRest_reachesTheIndex_throughTheEventPath() throws Exception {
        HttpResponse<String> put = WB.json("PUT", "/rest/api/2/issue/APP-3", "alice",
                "{\"fields\":{\"customfield_10002\":21,\"assignee\":{\"name\":\"bob\"}}}");
        assertEquals(204, put.statusCode());

        IssueRecord record = indexed("APP-3"); // events are applied on the request's thread
        assertEquals(21.0, record.estimate(), 0.0);
        assertEquals("bob", record.assignee());

        assertEquals(204, WB.json("POST", "/rest/api/2/issue/APP-3/transitions", "alice",
                "{\"transition\":{\"id\":\"5\"}}").statusCode());
        assertEquals("Done", indexed("APP-3").status());
        assertNotNull(json(WB.get(BASE, "admin")).get("lastEvent").asText(null));
    }

    @Test
    public void linksCreatedAndDeletedThroughJiraRest_reachBothEndsInTheIndex() throws Exception {
        long app = WB.workbench().issues().byKey("APP-4").getId();
        long web = WB.workbench().issues().byKey("WEB-4").getId();
        int before = index.index().links(web).size();

        assertEquals(201, WB.json("POST", "/rest/api/2/issueLink", "alice",
                "{\"type\":{\"name\":\"Blocks\"},\"inwardIssue\":{\"key\":\"APP-4\"},"
                        + "\"outwardIssue\":{\"key\":\"WEB-4\"}}").statusCode());

        ProgramIndex now = index.index();
        assertEquals(before + 1, now.links(web).size());
        long linkId = now.links(app).stream().filter(l -> l.otherIssueId() == web).findFirst().orElseThrow()
                .linkId();
        assertEquals(204, WB.send("DELETE", "/rest/api/2/issueLink/" + linkId, "alice").statusCode());
        assertEquals(before, index.index().links(web).size());
    }

    @Test
    public void issueDeletedThroughJiraRest_leavesTheIndex() throws Exception {
        long id = WB.workbench().issues().byKey("WEB-5").getId();
        assertTrue(index.index().contains(id));

        assertEquals(204, WB.send("DELETE", "/rest/api/2/issue/WEB-5", "alice").statusCode());

        assertFalse(index.index().contains(id));
        assertEquals(404, WB.send("DELETE", "/rest/api/2/issue/WEB-5", "alice").statusCode());
    }

    @Test
    public void jiraRest_checksWhoCalls() throws Exception {
        assertEquals(401, WB.json("PUT", "/rest/api/2/issue/APP-6", null, "{\"fields\":{}}").statusCode());
        HttpResponse<String> hidden = WB.json("PUT", "/rest/api/2/issue/DATA-6", "alice",
                "{\"fields\":{\"summary\":\"x\"}}");
        assertEquals(403, hidden.statusCode());
        assertTrue(hidden.body().contains("errorMessages"));
        assertEquals(400, WB.json("PUT", "/rest/api/2/issue/APP-6", "alice",
                "{\"fields\":{\"summary\":\" \"}}").statusCode());
    }

    @Test
    public void changesWithoutEvents_anotherNodesChanges_areRepairedByTheReconcileJob() throws Exception {
        var otherNode = WB.workbench().issueEditor().silently();
        otherNode.update("API-7", Map.of("STATUS_ID", 5L));
        long moved = WB.workbench().issues().byKey("OPS-7").getId();
        otherNode.move("OPS-7", "DATA");
        long deleted = WB.workbench().issues().byKey("SEC-7").getId();
        otherNode.delete("SEC-7");
        assertNotEquals("Done", indexed("API-7").status());
        assertTrue(index.index().contains(deleted));

        assertTrue(WB.workbench().scheduler().runNow(JiraProgramIndex.reconcileJob()));

        assertEquals("Done", indexed("API-7").status());
        assertFalse(index.index().contains(deleted));
        IssueRecord movedRecord = index.index().get(moved).orElseThrow();
        assertEquals("DATA", movedRecord.projectKey());
        assertTrue(movedRecord.key().startsWith("DATA-"));
        assertTrue(index.status().lastRepairs() >= 3);
    }
}
