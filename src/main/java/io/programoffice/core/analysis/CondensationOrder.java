package io.programoffice.core.analysis;

/**
 * Topological order of the condensation (the graph with each strongly connected component collapsed to one node) by
 * Kahn's algorithm: components are renumbered 0..count-1 so that every dependency between two components goes from a
 * lower to a higher number, and their members are listed together. Ties are broken first in, first out over the
 * input numbering, so the order is deterministic. Works for any component numbering (it does not rely on Tarjan's
 * completion order). O(issues + dependencies) time; keeps three int arrays of one element per issue or component.
 * Stateless and thread-safe.
 */
public final class CondensationOrder {
    private CondensationOrder() {
    }

    /** Orders the {@code components} of {@code graph}. */
    public static Condensation of(DependencyGraph graph, TarjanComponents.Components components) {
        int n = graph.size();
        int count = components.count();
        int[] comp = components.componentOf();
        int[] edgeStart = graph.edgeStart();
        int[] edgeTo = graph.edgeTo();

        // members grouped by input component
        int[] start = new int[count + 1];
        for (int u = 0; u < n; u++) {
            start[comp[u] + 1]++;
        }
        for (int c = 0; c < count; c++) {
            start[c + 1] += start[c];
        }
        int[] members = new int[n];
        int[] fill = java.util.Arrays.copyOf(start, count);
        for (int u = 0; u < n; u++) {
            members[fill[comp[u]]++] = u;
        }

        // in-degrees counted per dependency between different components (parallel ones each count, each releases)
        int[] inDegree = fill; // reuse
        java.util.Arrays.fill(inDegree, 0);
        for (int u = 0; u < n; u++) {
            int cu = comp[u];
            for (int e = edgeStart[u], end = edgeStart[u + 1]; e < end; e++) {
                int cv = comp[edgeTo[e]];
                if (cv != cu) {
                    inDegree[cv]++;
                }
            }
        }
        int[] order = new int[count];
        int tail = 0;
        for (int c = 0; c < count; c++) {
            if (inDegree[c] == 0) {
                order[tail++] = c;
            }
        }
        for (int head = 0; head < tail; head++) {
            int c = order[head];
            for (int i = start[c], iEnd = start[c + 1]; i < iEnd; i++) {
                int u = members[i];
                for (int e = edgeStart[u], end = edgeStart[u + 1]; e < end; e++) {
                    int cv = comp[edgeTo[e]];
                    if (cv != c && --inDegree[cv] == 0) {
                        order[tail++] = cv;
                    }
                }
            }
        }
        if (tail != count) {
            throw new IllegalStateException("the components given are not strongly connected components");
        }

        // renumber: component k is order[k]
        int[] topoOf = inDegree; // reuse, all zero now
        for (int k = 0; k < count; k++) {
            topoOf[order[k]] = k;
        }
        int[] componentOf = new int[n];
        int[] memberStart = new int[count + 1];
        int[] ordered = new int[n];
        int[] duration = new int[count];
        boolean[] done = new boolean[count];
        int w = 0;
        for (int k = 0; k < count; k++) {
            int c = order[k];
            memberStart[k] = w;
            int sum = 0;
            boolean allDone = true;
            for (int i = start[c], iEnd = start[c + 1]; i < iEnd; i++) {
                int u = members[i];
                ordered[w++] = u;
                componentOf[u] = k;
                sum += graph.remaining(u);
                allDone &= graph.isDone(u);
            }
            duration[k] = sum;
            done[k] = allDone;
        }
        memberStart[count] = w;
        return new Condensation(count, componentOf, memberStart, ordered, duration, done);
    }
}
