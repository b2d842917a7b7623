package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programoffice.core.dependency.DependencyGraphLayout;
import io.programoffice.core.dependency.DependencyGraphView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /programs/{key}/dependencies/graph}: issues and dependencies, or teams and the dependencies between
 * them when {@code counts.aggregated}; only issues and links the caller may see. Dates ISO-8601.
 *
 * @param counts what the answer holds ({@code nodes}, {@code edges}), whether it is aggregated, and the issues and
 *               dependencies the filters kept ({@code issues}, {@code dependencies}) against the {@code limit} of
 *               issues drawn one by one
 * Every node carries its centre ({@code x}, {@code y}, pixels) in a layered drawing, upstream on the left
 * ({@link DependencyGraphLayout}), so the page draws without laying out.
 */
@JsonPropertyOrder({"program", "counts", "nodes", "edges"})
public record DependencyGraphDto(String program, Counts counts, List<?> nodes, List<?> edges) {

    @JsonPropertyOrder({"nodes", "edges", "aggregated", "issues", "dependencies", "limit"})
    public record Counts(int nodes, int edges, boolean aggregated, int issues, int dependencies, int limit) {
    }

    @JsonPropertyOrder({"key", "project", "team", "statusCategory", "critical", "cycle", "earlyStart", "earlyFinish",
            "totalFloat", "late", "x", "y"})
    public record IssueNode(String key, String project, String team, String statusCategory, boolean critical,
                            Integer cycle, String earlyStart, String earlyFinish, int totalFloat, boolean late,
                            int x, int y) {
        static IssueNode of(DependencyGraphView.IssueNode n, DependencyGraphLayout.Point at) {
            return new IssueNode(n.key(), n.project(), n.team(), n.statusCategory(), n.critical(), n.cycle(),
                    String.valueOf(n.earlyStart()), String.valueOf(n.earlyFinish()), n.totalFloat(), n.late(),
                    at.x(), at.y());
        }
    }

    @JsonPropertyOrder({"from", "to", "kind", "lag", "state", "late", "critical"})
    public record IssueEdge(String from, String to, String kind, int lag, String state, boolean late,
                            boolean critical) {
        static IssueEdge of(DependencyGraphView.IssueEdge e) {
            return new IssueEdge(e.from(), e.to(), e.kind().name(), e.lag(), e.state(), e.late(), e.critical());
        }
    }

    @JsonPropertyOrder({"team", "issues", "critical", "late", "internal", "x", "y"})
    public record TeamNode(String team, int issues, int critical, int late, int internal, int x, int y) {
        static TeamNode of(DependencyGraphView.TeamNode n, DependencyGraphLayout.Point at) {
            return new TeamNode(n.team(), n.issues(), n.critical(), n.late(), n.internal(), at.x(), at.y());
        }
    }

    @JsonPropertyOrder({"from", "to", "dependencies", "late", "byState"})
    public record TeamEdge(String from, String to, int dependencies, int late, Map<String, Integer> byState) {
        static TeamEdge of(DependencyGraphView.TeamEdge e) {
            return new TeamEdge(e.from(), e.to(), e.dependencies(), e.late(), e.byState());
        }
    }

    /** The answer for {@code view}, its nodes placed at {@code points} (in the order of the view's nodes). */
    public static DependencyGraphDto of(String program, DependencyGraphView.View view,
                                        List<DependencyGraphLayout.Point> points) {
        List<Object> nodes = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            nodes.add(view.aggregated() ? TeamNode.of(view.teamNodes().get(i), points.get(i))
                    : IssueNode.of(view.issueNodes().get(i), points.get(i)));
        }
        List<?> edges = view.aggregated() ? view.teamEdges().stream().map(TeamEdge::of).toList()
                : view.issueEdges().stream().map(IssueEdge::of).toList();
        return new DependencyGraphDto(program, new Counts(nodes.size(), edges.size(), view.aggregated(),
                view.issues(), view.dependencies(), DependencyGraphView.MAX_ISSUE_NODES), nodes, edges);
    }
}
