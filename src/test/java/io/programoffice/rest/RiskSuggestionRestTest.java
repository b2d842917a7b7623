package io.programoffice.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.programoffice.testing.RunningWorkbench;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Suggested risks and their dismissal through REST, in-process on the workbench with the demo (DEMO owned by admin
 * and Alice; Beta is late and Public launch at risk; some dependencies are late, some long past their needed-by
 * date).
 */
public class RiskSuggestionRestTest {
    @ClassRule
    public static final RunningWorkbench WB = new RunningWorkbench(true);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "/rest/program-office/1.0/programs/DEMO/risks/suggestions";
    private static final String XSRF = "X-Atlassian-Token";

    /** The index holds the demo. */
    @BeforeClass
    public static void indexReady() {
        WB.rebuildIndex();
    }

    private static List<JsonNode> suggestions(String user, boolean dismissed) throws Exception {
        HttpResponse<String> r = WB.get(BASE + (dismissed ? "?dismissed=true" : ""), user);
        assertEquals(r.body(), 200, r.statusCode());
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree(r.body()).forEach(out::add);
        return out;
    }

    private static HttpResponse<String> dismiss(String user, String id, String body) throws Exception {
        return WB.json("POST", BASE + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/dismissal", user, body,
                XSRF, "no-check");
    }

    @Test
    public void theDemo_suggestsItsLateMilestones_andWorkBlockedForLong_withEvidenceInWords() throws Exception {
        List<JsonNode> all = suggestions("alice", false);
        List<String> milestones = all.stream().filter(s -> s.get("kind").asText().equals("milestone_past_target"))
                .map(s -> s.get("title").asText()).toList();
        assertTrue(milestones.toString(), milestones.stream().anyMatch(t -> t.startsWith("Milestone Beta may miss")));
        assertTrue(milestones.toString(), milestones.stream().anyMatch(t -> t.startsWith("Milestone Public launch")));
        assertFalse(milestones.toString(), milestones.stream().anyMatch(t -> t.contains("Partner pilot")));
        JsonNode blocked = all.stream().filter(s -> s.get("kind").asText().equals("blocked_work")).findFirst()
                .orElseThrow(() -> new AssertionError("no blocked work in " + all));
        assertTrue(blocked.get("evidence").asText(), blocked.get("evidence").asText().matches(
                "[A-Z]+-\\d+ has waited on [A-Z]+-\\d+ for \\d+ days, since \\d{4}-\\d\\d-\\d\\d\\."));
        assertEquals(2, blocked.get("evidenceKeys").size());
        assertTrue(blocked.get("createsRisk").asBoolean());
        assertEquals(3, blocked.get("probability").asInt());
        // Bob browses API, DATA and OPS only: nothing of Alice's APP/WEB milestones' critical issues leaks to him
        for (JsonNode s : suggestions("bob", false)) {
            for (JsonNode key : s.get("evidenceKeys")) {
                assertFalse(s.toString(), key.asText().startsWith("APP-") || key.asText().startsWith("WEB-"));
            }
        }
    }

    @Test
    public void theDemo_suggestsEveryKind_includingItsLateDependencyOnTheCriticalPath() throws Exception {
        List<JsonNode> all = suggestions("alice", false);
        assertEquals(java.util.Set.of("late_critical_dependency", "milestone_past_target", "blocked_work",
                "unowned_high_risk"), all.stream().map(s -> s.get("kind").asText())
                .collect(java.util.stream.Collectors.toSet()));
        JsonNode late = all.stream().filter(s -> s.get("kind").asText().equals("late_critical_dependency"))
                .findFirst().orElseThrow();
        assertEquals("APP-284 is at risk: the dependency on WEB-12 is late on the critical path",
                late.get("title").asText());
        assertEquals(List.of("WEB-12", "APP-284"), List.of(late.get("evidenceKeys").get(0).asText(),
                late.get("evidenceKeys").get(1).asText()));
        JsonNode unowned = all.stream().filter(s -> s.get("kind").asText().equals("unowned_high_risk")
                && s.get("subject").asText().equals("APP-603")).findFirst().orElseThrow();
        assertEquals("High risk APP-603 has no owner and no mitigation", unowned.get("title").asText());
        assertFalse(unowned.get("createsRisk").asBoolean());
    }

    @Test
    public void aDismissal_needsAReasonAndAnOwner_hidesTheSuggestion_andIsListedWithWhoAndWhy() throws Exception {
        JsonNode target = suggestions("alice", false).stream()
                .filter(s -> s.get("kind").asText().equals("blocked_work")).reduce((a, b) -> b).orElseThrow();
        String id = target.get("id").asText();
        HttpResponse<String> noReason = dismiss("alice", id, "{\"reason\":\"  \"}");
        assertEquals(noReason.body(), 400, noReason.statusCode());
        assertNotNull(JSON.readTree(noReason.body()).get("errors").get("reason"));
        HttpResponse<String> notOwner = dismiss("bob", id, "{\"reason\":\"not ours\"}");
        assertEquals(notOwner.body(), 403, notOwner.statusCode());
        HttpResponse<String> unknown = dismiss("alice", "blocked_work:NOPE-1>NOPE-2", "{\"reason\":\"x\"}");
        assertEquals(unknown.body(), 404, unknown.statusCode());
        assertTrue(suggestions("alice", false).stream().anyMatch(s -> s.get("id").asText().equals(id)));

        HttpResponse<String> done = dismiss("alice", id, "{\"reason\":\"<b>Agreed</b> with the API team\"}");
        assertEquals(done.body(), 201, done.statusCode());
        assertFalse(suggestions("alice", false).stream().anyMatch(s -> s.get("id").asText().equals(id)));
        JsonNode listed = suggestions("alice", true).stream().filter(s -> s.get("id").asText().equals(id))
                .findFirst().orElseThrow();
        assertEquals("alice", listed.get("dismissal").get("by").asText());
        assertEquals("<b>Agreed</b> with the API team", listed.get("dismissal").get("reason").asText());
    }
}
