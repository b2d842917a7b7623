package io.programoffice.core.analysis;

import java.util.Arrays;

/**
 * Topological order of the condensation (the graph with each strongly connected component collapsed to one node):
 * components are renumbered 0..count-1 so that every dependency between two components goes from a lower to a higher
 * number, their members are listed together, and the dependencies between components are laid out again in that
 * order (rows by upstream component: dependent component, kind and lag), which the passes then read front to back.
 *
 * <p>The order is the reverse of Tarjan's completion order: {@link TarjanComponents} completes a component only after
 * every component it reaches, so reversing the completion numbers orders the condensation topologically without
 * another traversal (no Kahn in-degree pass). O(issues + dependencies): one counting sort of the issues and one pass
 * over the dependencies; keeps about 21 bytes per issue and 6 per dependency between components. Stateless and
 * thread-safe.
 */
public final class CondensationOrder {
    private CondensationOrder() {
    }

    /** Orders the {@code components} of {@code graph}, numbered in Tarjan's completion order. */
    public static Condensation of(DependencyGraph graph, TarjanComponents.Components components) {
        int n = graph.size();
        int count = components.count();
        int[] tarjan = components.componentOf();
        int[] edgeStart = graph.edgeStart();
        int[] edgeTo = graph.edgeTo();
        short[] edgeKindLag = graph.edgeKindLag();

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

        int[] rowStart = new int[count + 1];
        int[] to = new int[graph.edgeCount()];
        short[] kindLag = new short[graph.edgeCount()];
        int w = 0;
        for (int c = 0; c < count; c++) {
            rowStart[c] = w;
            for (int i = memberStart[c], iEnd = memberStart[c + 1]; i < iEnd; i++) {
                int u = members[i];
                for (int e = edgeStart[u], end = edgeStart[u + 1]; e < end; e++) {
                    int d = componentOf[edgeTo[e]];
                    if (d != c) {
                        to[w] = d;
                        kindLag[w++] = edgeKindLag[e];
                    }
                }
            }
        }
        rowStart[count] = w;
        if (w < to.length) {
            to = Arrays.copyOf(to, w);
            kindLag = Arrays.copyOf(kindLag, w);
        }
        return new Condensation(count, componentOf, memberStart, members, duration, done, rowStart, to, kindLag);
    }
}
