package io.programoffice.jira;

import io.programoffice.core.analysis.DependencyAnalysis;
import io.programoffice.core.analysis.DependencyGraph;
import io.programoffice.core.dependency.DependencyGraphView;
import io.programoffice.core.dependency.DependencyRecord;
import io.programoffice.core.dependency.DependencyStore;
import io.programoffice.core.dependency.GraphQuery;
import io.programoffice.core.index.LinkRecord;
import io.programoffice.core.index.ProgramIndex;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.program.Program;
import io.programoffice.core.scheme.DependencyKind;
import io.programoffice.core.scheme.DependencyLinkType;
import io.programoffice.core.scheme.LinkEnd;
import io.programoffice.core.scheme.SchemeStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The program dependency graph page's data for the logged-in user: {@link JiraDependencyAnalysis}'s analysis (only
 * issues and links the user may see), each issue's team (else its project) and status category from the program
 * index, each dependency's negotiation state from the stored metadata, filtered and perhaps aggregated by
 * {@link DependencyGraphView}. One analysis, one index scan, one link list per graph issue and one metadata query.
 * Thread-safe.
 */
@Named
public class JiraDependencyGraph {
    private final JiraDependencyAnalysis analysis;
    private final JiraProgramIndex index;
    private final JiraVisibility visibility;
    private final SchemeStore schemes;
    private final DependencyStore store;

    @Inject
    public JiraDependencyGraph(JiraDependencyAnalysis analysis, JiraProgramIndex index, JiraVisibility visibility,
                               SchemeStore schemes, DependencyStore store) {
        this.analysis = analysis;
        this.index = index;
        this.visibility = visibility;
        this.schemes = schemes;
        this.store = store;
    }

    /** The graph of {@code program} for {@code query} as the logged-in user sees it. */
    public DependencyGraphView.View graph(Program program, GraphQuery query) {
        VisibilityFilter viewer = visibility.forCurrentUser();
        DependencyAnalysis analyzed = analysis.analyze(program, viewer);
        DependencyGraph graph = analyzed.graph();
        int n = graph.size();
        Map<Long, Integer> nodes = new HashMap<>(n * 2);
        for (int u = 0; u < n; u++) {
            nodes.put(graph.id(u), u);
        }
        String[] teams = new String[n];
        String[] categories = new String[n];
        ProgramIndex programIndex = index.index();
        if (n > 0) {
            programIndex.forEach(viewer, c -> {
                Integer u = nodes.get(c.id());
                if (u != null) {
                    teams[u] = c.team() == null ? c.projectKey() : c.team();
                    categories[u] = c.category() == null ? null : c.category().key();
                }
            });
        }
        for (int u = 0; u < n; u++) {
            if (teams[u] == null) { // changed since the analysis read the index
                teams[u] = graph.project(u);
            }
        }
        Map<String, String> states = n == 0 ? Map.of() : states(program, programIndex, graph, nodes);
        return DependencyGraphView.of(analyzed, u -> teams[u], u -> categories[u],
                (u, d, kind) -> states.getOrDefault(edge(u, d, kind), GraphQuery.NO_STATE), query);
    }

    /** The state of each dependency with one, by {@link #edge}; the first link with a state wins for merged ones. */
    private Map<String, String> states(Program program, ProgramIndex programIndex, DependencyGraph graph,
                                       Map<Long, Integer> nodes) {
        Map<Long, String> byLink = new HashMap<>();
        for (DependencyRecord record : store.negotiated()) {
            byLink.put(record.linkId(), record.state().wireName());
        }
        Map<String, String> states = new HashMap<>();
        if (byLink.isEmpty() || program.schemeId() == 0) {
            return states;
        }
        Map<String, DependencyLinkType> mapped = new HashMap<>();
        schemes.find(program.schemeId()).map(s -> s.dependencyLinkTypes()).orElse(List.of())
                .forEach(t -> mapped.put(t.linkType().toLowerCase(Locale.ROOT), t));
        for (int u = 0; u < graph.size(); u++) {
            for (LinkRecord link : programIndex.links(graph.id(u))) {
                String state = byLink.get(link.linkId());
                DependencyLinkType type = mapped.get(link.linkType().toLowerCase(Locale.ROOT));
                Integer other = nodes.get(link.otherIssueId());
                if (state == null || type == null || other == null || link.direction() != LinkRecord.Direction.OUTWARD) {
                    continue;
                }
                boolean destinationWaits = type.dependentEnd() == LinkEnd.DESTINATION;
                states.putIfAbsent(destinationWaits ? edge(u, other, type.kind()) : edge(other, u, type.kind()),
                        state);
            }
        }
        return states;
    }

    private static String edge(int upstream, int dependent, DependencyKind kind) {
        return upstream + ">" + dependent + ":" + kind.ordinal();
    }
}
