package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programoffice.core.dependency.DependencyGraphView;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /programs/{key}/dependencies/graph}: issues and dependencies, or teams and the dependencies between
 * them when {@code counts.aggregated}; only issues and links the caller may see. Dates ISO-8601.
 *
 * @param counts what the answer holds ({@code nodes}, {@code edges}), whether it is aggregated, and the issues and
 *               dependencies the filters kept ({@code issues}, {@code dependencies}) against the {@code limit} of
 *               issues drawn one by one
 */
@JsonPropertyOrder({"program", "counts", "nodes", "edges"})
public record DependencyGraphDto(String program, Counts counts, List<?> nodes, List<?> edges) {

    @JsonPropertyOrder({"nodes", "edges", "aggregated", "issues", "dependencies", "limit"})
    public record Counts(int nodes, int edges, boolean aggregated, int issues, int dependencies, int limit) {
    }

    @JsonPropertyOrder({"key", "project", "team", "statusCategory", "critical", "cycle", "earlyStart", "earlyFinish",
            "totalFloat", "late"})
    public record IssueNode(String key, String project, String team, String statusCategory, boolean critical,
                            Integer cycle, String earlyStart, String earlyFinish, int totalFloat, boolean late) {
        static IssueNode of(DependencyGraphView.IssueNode n) {
            return new IssueNode(n.key(), n.project(), n.team(), n.statusCategory(), n.critical(), n.cycle(),
                    String.valueOf(n.earlyStart()), String.valueOf(n.earlyFinish()), n.totalFloat(), n.late());
        }
    }

    @JsonPropertyOrder({"from", "to", "kind", "lag", "state", "late", "critical"})
    public record IssueEdge(String from, String to, String kind, int lag, String state, boolean late,
                            boolean critical) {
        static IssueEdge of(DependencyGraphView.IssueEdge e) {
            return new IssueEdge(e.from(), e.to(), e.kind().name(), e.lag(), e.state(), e.late(), e.critical());
        }
    }

    @JsonPropertyOrder({"team", "issues", "critical", "late", "internal"})
    public record TeamNode(String team, int issues, int critical, int late, int internal) {
        static TeamNode of(DependencyGraphView.TeamNode n) {
            return new TeamNode(n.team(), n.issues(), n.critical(), n.late(), n.internal());
        }
    }

    @JsonPropertyOrder({"from", "to", "dependencies", "late", "byState"})
    public record TeamEdge(String from, String to, int dependencies, int late, Map<String, Integer> byState) {
        static TeamEdge of(DependencyGraphView.TeamEdge e) {
            return new TeamEdge(e.from(), e.to(), e.dependencies(), e.late(), e.byState());
        }
    }

    public static DependencyGraphDto of(String program, DependencyGraphView.View view) {
        List<?> nodes = view.aggregated() ? view.teamNodes().stream().map(TeamNode::of).toList()
                : view.issueNodes().stream().map(IssueNode::of).toList();
        List<?> edges = view.aggregated() ? view.teamEdges().stream().map(TeamEdge::of).toList()
                : view.issueEdges().stream().map(IssueEdge::of).toList();
        return new DependencyGraphDto(program, new Counts(nodes.size(), edges.size(), view.aggregated(),
                view.issues(), view.dependencies(), DependencyGraphView.MAX_ISSUE_NODES), nodes, edges);
    }
}
