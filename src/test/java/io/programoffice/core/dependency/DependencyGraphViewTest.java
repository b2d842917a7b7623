package io.programoffice.core.dependency;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.programoffice.core.analysis.DependencyAnalysis;
import io.programoffice.core.analysis.DependencyGraph;
import io.programoffice.core.dependency.DependencyGraphView.IssueEdge;
import io.programoffice.core.dependency.DependencyGraphView.IssueNode;
import io.programoffice.core.dependency.DependencyGraphView.TeamEdge;
import io.programoffice.core.dependency.DependencyGraphView.View;
import io.programoffice.core.scheme.DependencyKind;
import io.programoffice.core.scheme.WorkingCalendar;
import io.programoffice.core.validation.ValidationException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * The dependency graph page's data on drawn graphs: {@code "APP-1->WEB-1"} is WEB-1 waiting on APP-1 (finish to
 * start); {@code "!"} after it marks the dependency proposed; {@code @DATE} its needed-by date. Teams are projects.
 */
public class DependencyGraphViewTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    /** A drawn graph with its states. */
    private record Drawn(DependencyAnalysis analysis, Map<String, String> states) {
        View view(GraphQuery query) {
            DependencyGraph g = analysis.graph();
            return DependencyGraphView.of(analysis, g::project, u -> "new",
                    (u, d, kind) -> states.getOrDefault(g.key(u) + "->" + g.key(d), GraphQuery.NO_STATE), query);
        }
    }

    private static Drawn draw(String drawing) {
        DependencyGraph.Builder b = DependencyGraph.builder(WorkingCalendar.WEEKDAYS, MONDAY);
        Map<String, Integer> nodes = new LinkedHashMap<>();
        Map<String, String> states = new HashMap<>();
        for (String token : drawing.split(",")) {
            String edge = token.strip();
            LocalDate needed = null;
            if (edge.contains("@")) {
                needed = LocalDate.parse(edge.substring(edge.indexOf('@') + 1));
                edge = edge.substring(0, edge.indexOf('@'));
            }
            boolean proposed = edge.endsWith("!");
            edge = proposed ? edge.substring(0, edge.length() - 1) : edge;
            String[] ends = edge.split("->");
            int up = nodes.computeIfAbsent(ends[0], k -> b.addIssue(nodes.size() + 1, k, k.substring(0, k.indexOf('-')),
                    5, false, null, null));
            int down = nodes.computeIfAbsent(ends[1], k -> b.addIssue(nodes.size() + 1, k,
                    k.substring(0, k.indexOf('-')), 5, false, null, null));
            b.addDependency(up, down, DependencyKind.FS, 0, needed);
            if (proposed) {
                states.put(edge, "proposed");
            }
        }
        return new Drawn(DependencyAnalysis.analyze(b.build()), states);
    }

    private static IssueNode node(View view, String key) {
        return view.issueNodes().stream().filter(n -> n.key().equals(key)).findFirst().orElseThrow();
    }

    private static IssueEdge edge(View view, String from, String to) {
        return view.issueEdges().stream().filter(e -> e.from().equals(from) && e.to().equals(to)).findFirst()
                .orElseThrow();
    }

    @Test
    public void of_marksTheCriticalChain_cyclesAndLateDependencies() {
        // the long chain APP-1 -> APP-2 -> WEB-1 is critical; API-1 -> WEB-1 has float; WEB-2/WEB-3 are a cycle;
        // WEB-1 needs APP-2 by Tuesday of week 1 but APP-2 finishes in week 2
        View view = draw("APP-1->APP-2, APP-2->WEB-1@2026-12-01, API-1->WEB-1, WEB-2->WEB-3, WEB-3->WEB-2")
                .view(GraphQuery.ALL);
        assertFalse(view.aggregated());
        assertEquals(6, view.issues());
        assertEquals(5, view.dependencies());
        assertTrue(node(view, "APP-1").critical() && node(view, "APP-2").critical() && node(view, "WEB-1").critical());
        assertFalse(node(view, "API-1").critical());
        assertEquals(5, node(view, "API-1").totalFloat());
        assertTrue(edge(view, "APP-1", "APP-2").critical());
        assertFalse(edge(view, "API-1", "WEB-1").critical());
        assertNull(node(view, "APP-1").cycle());
        assertEquals(node(view, "WEB-2").cycle(), node(view, "WEB-3").cycle());
        assertTrue(node(view, "WEB-2").cycle() != null);
        assertTrue(edge(view, "APP-2", "WEB-1").late());
        assertTrue(node(view, "APP-2").late());
        assertFalse(edge(view, "APP-1", "APP-2").late());
        assertFalse(node(view, "WEB-1").late());
        assertEquals(MONDAY, node(view, "APP-1").earlyStart());
        assertEquals(LocalDate.of(2026, 12, 4), node(view, "APP-1").earlyFinish());
        assertEquals("APP", node(view, "APP-1").team());
        assertEquals("new", node(view, "APP-1").statusCategory());
    }

    @Test
    public void of_keepsDependenciesWithAnEndInTheTeam_andInTheState() {
        Drawn drawn = draw("APP-1->APP-2!, APP-2->WEB-1, API-1->WEB-1!, API-1->API-2");
        View web = drawn.view(new GraphQuery(java.util.Set.of("WEB"), java.util.Set.of(), GraphQuery.Aggregate.AUTO));
        assertEquals(List.of("APP-2", "WEB-1", "API-1"), web.issueNodes().stream().map(IssueNode::key).toList());
        assertEquals(2, web.dependencies());
        View proposed = drawn.view(GraphQuery.parse(Map.of("state", List.of("proposed"))));
        assertEquals(List.of("APP-1->APP-2", "API-1->WEB-1"),
                proposed.issueEdges().stream().map(e -> e.from() + "->" + e.to()).toList());
        assertEquals("proposed", edge(proposed, "APP-1", "APP-2").state());
        View none = drawn.view(GraphQuery.parse(Map.of("state", List.of("none"), "team", List.of("APP"))));
        assertEquals(List.of("APP-2->WEB-1"), none.issueEdges().stream().map(e -> e.from() + "->" + e.to()).toList());
    }

    @Test
    public void of_aggregatesByTeam_whenAsked_countingPairsByState() {
        View teams = draw("APP-1->APP-2!, APP-2->WEB-1@2026-12-01, APP-1->WEB-2!, API-1->WEB-1")
                .view(GraphQuery.parse(Map.of("aggregate", List.of("teams"))));
        assertTrue(teams.aggregated());
        assertEquals(List.of("API", "APP", "WEB"), teams.teamNodes().stream().map(t -> t.team()).toList());
        var app = teams.teamNodes().get(1);
        assertEquals(2, app.issues());
        assertEquals(1, app.internal());
        assertEquals(1, app.late());
        TeamEdge appWeb = teams.teamEdges().stream().filter(e -> e.from().equals("APP")).findFirst().orElseThrow();
        assertEquals("WEB", appWeb.to());
        assertEquals(2, appWeb.dependencies());
        assertEquals(1, appWeb.late());
        assertEquals(Integer.valueOf(1), appWeb.byState().get("proposed"));
        assertEquals(Integer.valueOf(1), appWeb.byState().get("none"));
        assertEquals(Integer.valueOf(0), appWeb.byState().get("done"));
        assertEquals(GraphQuery.STATES, List.copyOf(appWeb.byState().keySet()));
        assertEquals(2, teams.teamEdges().size());
    }

    @Test
    public void of_aggregatesAboveTheLimit_evenWhenIssuesAreAsked() {
        StringBuilder drawing = new StringBuilder();
        for (int i = 1; i <= DependencyGraphView.MAX_ISSUE_NODES / 2 + 1; i++) {
            drawing.append(i == 1 ? "" : ", ").append("APP-").append(i).append("->WEB-").append(i);
        }
        Drawn drawn = draw(drawing.toString());
        View view = drawn.view(GraphQuery.parse(Map.of("aggregate", List.of("issues"))));
        assertTrue(view.aggregated());
        assertEquals(DependencyGraphView.MAX_ISSUE_NODES + 2, view.issues());
        assertEquals(1, view.teamEdges().size());
        assertEquals(DependencyGraphView.MAX_ISSUE_NODES / 2 + 1, view.teamEdges().get(0).dependencies());
        // a team filter brings it back under the limit? no: both teams are in every dependency; a state filter does
        assertFalse(drawn.view(GraphQuery.parse(Map.of("state", List.of("done")))).aggregated());
    }

    @Test
    public void of_anEmptyGraph_isAnEmptyView() {
        View view = DependencyGraphView.of(DependencyAnalysis.analyze(
                DependencyGraph.builder(WorkingCalendar.WEEKDAYS, MONDAY).build()), u -> "T", u -> null,
                (u, d, k) -> GraphQuery.NO_STATE, GraphQuery.ALL);
        assertFalse(view.aggregated());
        assertEquals(0, view.issues());
        assertTrue(view.issueNodes().isEmpty() && view.issueEdges().isEmpty());
    }

    @Test
    public void parse_reportsEveryBadParameter() {
        ValidationException e = assertThrows(ValidationException.class, () -> GraphQuery.parse(Map.of(
                "state", List.of("proposed,maybe"), "aggregate", List.of("projects"), "team", List.of("x".repeat(256)))));
        assertEquals("program-office.error.graph.state.unknown", e.fieldProblems().get("state").key());
        assertEquals("program-office.error.graph.aggregate.unknown", e.fieldProblems().get("aggregate").key());
        assertEquals("program-office.error.view.value.length", e.fieldProblems().get("team").key());
        assertEquals("program-office.error.graph.aggregate.once", assertThrows(ValidationException.class,
                () -> GraphQuery.parse(Map.of("aggregate", List.of("teams,issues")))).fieldProblems()
                .get("aggregate").key());
        GraphQuery q = GraphQuery.parse(Map.of("state", List.of("Committed,done", "none"), "team",
                List.of("Team, A", " "), "aggregate", List.of("TEAMS")));
        assertEquals(java.util.Set.of("committed", "done", "none"), q.states());
        assertEquals(java.util.Set.of("Team, A"), q.teams());
        assertEquals(GraphQuery.Aggregate.TEAMS, q.aggregate());
    }
}
