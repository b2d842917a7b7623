package io.programoffice.core.dependency;

import io.programoffice.core.analysis.DependencyAnalysis;
import io.programoffice.core.analysis.DependencyGraph;
import io.programoffice.core.analysis.LateDependency;
import io.programoffice.core.scheme.DependencyKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * What the program dependency graph page draws, from one viewer's {@link DependencyAnalysis} (so only issues and
 * dependencies the viewer may see): either issues and their dependencies with schedule, critical path, cycles and
 * late dependencies, or, above {@link #MAX_ISSUE_NODES} issues or when asked, the teams with counts and the
 * dependencies between teams counted by state. Filters keep a dependency when either end is in one of the teams
 * and it is in one of the states; the issues shown are the ends of the kept dependencies.
 *
 * <p>An issue is late when it is the upstream of a late dependency (it is expected to finish after a dependent
 * needs it). A dependency is critical when it joins two consecutive issues of a critical chain
 * ({@link DependencyAnalysis#criticalChains()}). O(issues + dependencies) plus the critical chains; not retained.
 * Stateless and thread-safe.
 */
public final class DependencyGraphView {
    /** Most issues drawn one by one; above it the graph is aggregated by team. */
    public static final int MAX_ISSUE_NODES = 2_000;

    private DependencyGraphView() {
    }

    /** The negotiation state of a dependency, by its ends' nodes and kind: a wire name or {@code "none"}. */
    @FunctionalInterface
    public interface EdgeStates {
        String state(int upstream, int dependent, DependencyKind kind);
    }

    /**
     * One issue.
     *
     * @param cycle the index of its cycle (a component of more than one issue), else {@code null}
     */
    public record IssueNode(String key, String project, String team, String statusCategory, boolean critical,
                            Integer cycle, LocalDate earlyStart, LocalDate earlyFinish, int totalFloat,
                            boolean late) {
    }

    /** One dependency, {@code from} the upstream issue {@code to} the one waiting on it. */
    public record IssueEdge(String from, String to, DependencyKind kind, int lag, String state, boolean late,
                            boolean critical) {
    }

    /** One team: its issues shown, how many are critical and late, and its dependencies inside the team. */
    public record TeamNode(String team, int issues, int critical, int late, int internal) {
    }

    /** The dependencies of {@code to}'s issues on {@code from}'s, counted, late ones and by state (all states). */
    public record TeamEdge(String from, String to, int dependencies, int late, Map<String, Integer> byState) {
    }

    /**
     * The answer: issue nodes and edges, or team nodes and edges when aggregated.
     *
     * @param issues       the issues the filters keep
     * @param dependencies the dependencies the filters keep
     */
    public record View(boolean aggregated, int issues, int dependencies, List<IssueNode> issueNodes,
                       List<IssueEdge> issueEdges, List<TeamNode> teamNodes, List<TeamEdge> teamEdges) {
        public View {
            issueNodes = List.copyOf(issueNodes);
            issueEdges = List.copyOf(issueEdges);
            teamNodes = List.copyOf(teamNodes);
            teamEdges = List.copyOf(teamEdges);
        }
    }

    /**
     * The view of {@code analysis} for {@code query}.
     *
     * @param team     an issue's team by node (never null: the project key when there is no team)
     * @param category an issue's status category key by node, or null
     * @param states   the dependencies' negotiation states
     */
    public static View of(DependencyAnalysis analysis, IntFunction<String> team, IntFunction<String> category,
                          EdgeStates states, GraphQuery query) {
        DependencyGraph graph = analysis.graph();
        int n = graph.size();
        Set<Long> lateEdges = new HashSet<>();
        boolean[] lateIssue = new boolean[n];
        for (LateDependency l : analysis.late()) {
            lateEdges.add(edgeKey(l.upstream(), l.dependent(), l.kind()));
            lateIssue[l.upstream()] = true;
        }
        Set<String> criticalPairs = new HashSet<>();
        for (List<String> chain : analysis.criticalChains()) {
            for (int i = 1; i < chain.size(); i++) {
                criticalPairs.add(chain.get(i - 1) + "\n" + chain.get(i));
            }
        }
        String[] teams = new String[n];
        for (int u = 0; u < n; u++) {
            teams[u] = team.apply(u);
        }
        boolean[] shown = new boolean[n];
        List<IssueEdge> edges = new ArrayList<>();
        List<int[]> ends = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            for (int e = graph.firstEdge(u), end = graph.firstEdge(u + 1); e < end; e++) {
                int d = graph.target(e);
                DependencyKind kind = graph.kind(e);
                if (!query.teams().isEmpty() && !query.teams().contains(teams[u])
                        && !query.teams().contains(teams[d])) {
                    continue;
                }
                String state = states.state(u, d, kind);
                if (!query.acceptsState(state)) {
                    continue;
                }
                shown[u] = true;
                shown[d] = true;
                edges.add(new IssueEdge(graph.key(u), graph.key(d), kind, graph.lag(e), state,
                        lateEdges.contains(edgeKey(u, d, kind)),
                        criticalPairs.contains(graph.key(u) + "\n" + graph.key(d))));
                ends.add(new int[] {u, d});
            }
        }
        int issues = 0;
        for (boolean s : shown) {
            issues += s ? 1 : 0;
        }
        boolean aggregate = query.aggregate() == GraphQuery.Aggregate.TEAMS || issues > MAX_ISSUE_NODES;
        if (aggregate) {
            return teams(teams, shown, lateIssue, analysis, edges, ends, issues);
        }
        List<IssueNode> nodes = new ArrayList<>(issues);
        for (int u = 0; u < n; u++) {
            if (shown[u]) {
                int component = analysis.condensation().componentOf(u);
                nodes.add(new IssueNode(graph.key(u), graph.project(u), teams[u], category.apply(u),
                        analysis.isCritical(u), analysis.condensation().size(component) > 1 ? component : null,
                        analysis.earlyStartDate(u), analysis.earlyFinishDate(u), analysis.totalFloat(u),
                        lateIssue[u]));
            }
        }
        return new View(false, issues, edges.size(), nodes, edges, List.of(), List.of());
    }

    private static View teams(String[] teams, boolean[] shown, boolean[] lateIssue, DependencyAnalysis analysis,
                              List<IssueEdge> edges, List<int[]> ends, int issues) {
        Map<String, int[]> nodes = new TreeMap<>(); // issues, critical, late, internal
        for (int u = 0; u < shown.length; u++) {
            if (shown[u]) {
                int[] c = nodes.computeIfAbsent(teams[u], t -> new int[4]);
                c[0]++;
                c[1] += analysis.isCritical(u) ? 1 : 0;
                c[2] += lateIssue[u] ? 1 : 0;
            }
        }
        Map<String, Map<String, TeamCounts>> pairs = new TreeMap<>();
        for (int i = 0; i < edges.size(); i++) {
            String from = teams[ends.get(i)[0]];
            String to = teams[ends.get(i)[1]];
            if (from.equals(to)) {
                nodes.get(from)[3]++;
                continue;
            }
            pairs.computeIfAbsent(from, f -> new TreeMap<>()).computeIfAbsent(to, t -> new TeamCounts())
                    .add(edges.get(i));
        }
        List<TeamNode> teamNodes = new ArrayList<>(nodes.size());
        nodes.forEach((t, c) -> teamNodes.add(new TeamNode(t, c[0], c[1], c[2], c[3])));
        List<TeamEdge> teamEdges = new ArrayList<>();
        pairs.forEach((from, tos) -> tos.forEach((to, c) -> teamEdges.add(
                new TeamEdge(from, to, c.dependencies, c.late, java.util.Collections.unmodifiableMap(c.byState)))));
        return new View(true, issues, edges.size(), List.of(), List.of(), teamNodes, teamEdges);
    }

    private static long edgeKey(int upstream, int dependent, DependencyKind kind) {
        return ((long) upstream << 34) | ((long) dependent << 2) | kind.ordinal();
    }

    /** Counts of one pair of teams. */
    private static final class TeamCounts {
        int dependencies;
        int late;
        final Map<String, Integer> byState = new LinkedHashMap<>();

        TeamCounts() {
            for (String state : GraphQuery.STATES) {
                byState.put(state, 0);
            }
        }

        void add(IssueEdge edge) {
            dependencies++;
            late += edge.late() ? 1 : 0;
            byState.merge(edge.state(), 1, Integer::sum);
        }
    }
}
