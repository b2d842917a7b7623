package io.programoffice.core.analysis;

import java.util.Arrays;

/**
 * Topological order of the condensation (the graph with each strongly connected component collapsed to one node):
 * components are renumbered 0..count-1 so that every dependency between two components goes from a lower to a higher
 * number and their members are listed together (in node order), with each component's duration and done flag. The
 * passes then walk the components front to back (or back to front) and read each member's own dependency row.
 *
 * <p>The order is the reverse of Tarjan's completion order: {@link TarjanComponents} completes a component only after
 * every component it reaches, so reversing the completion numbers orders the condensation topologically without
 * another traversal (no Kahn in-degree pass). O(issues): one counting sort of the issues, no pass over the
 * dependencies; keeps about 17 bytes per issue and 9 per component. Stateless and thread-safe.
 */
public final class CondensationOrder {
    private CondensationOrder() {
    }

    /** Orders the {@code components} of {@code graph}, numbered in Tarjan's completion order. */
    public static Condensation of(DependencyGraph graph, TarjanComponents.Components components) {
        int n = graph.size();
        int count = components.count();
        int[] tarjan = components.componentOf();

        int[] componentOf = new int[n];
        int[] memberStart = new int[count + 1];
        for (int u = 0; u < n; u++) {
            int c = count - 1 - tarjan[u];
            componentOf[u] = c;
            memberStart[c + 1]++;
        }
        for (int c = 0; c < count; c++) {
            memberStart[c + 1] += memberStart[c];
        }
        int[] members = new int[n];
        int[] fill = Arrays.copyOf(memberStart, count);
        int[] duration = new int[count];
        boolean[] done = new boolean[count];
        Arrays.fill(done, true);
        for (int u = 0; u < n; u++) {
            int c = componentOf[u];
            members[fill[c]++] = u;
            duration[c] += graph.remaining(u);
            done[c] &= graph.isDone(u);
        }

        return new Condensation(count, componentOf, memberStart, members, duration, done);
    }
}
