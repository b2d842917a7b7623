package io.programoffice.core.analysis;

/**
 * The dependencies into each component from other components (the reverse of the graph's rows, by component), for
 * incremental re-analysis: recomputing one component's early start needs its upstream components, and a changed late
 * finish reaches them. Built once, on the first re-analysis of a structure, and shared by every analysis derived from
 * it: O(issues + dependencies), 8 bytes per dependency between components plus 4 per component. Immutable.
 */
final class Predecessors {
    /** Entries of component {@code c}: {@code start[c]..start[c + 1] - 1}. */
    final int[] start;
    /** The graph edge of each entry (for its kind and lag). */
    final int[] edge;
    /** The upstream component of each entry. */
    final int[] from;

    private Predecessors(int[] start, int[] edge, int[] from) {
        this.start = start;
        this.edge = edge;
        this.from = from;
    }

    static Predecessors of(DependencyGraph graph, Condensation condensation) {
        int count = condensation.count();
        int[] compOf = condensation.componentOf();
        int[] edgeStart = graph.edgeStart();
        int[] edgeTo = graph.edgeTo();
        int[] start = new int[count + 1];
        for (int u = 0, n = graph.size(); u < n; u++) {
            int c = compOf[u];
            for (int e = edgeStart[u], end = edgeStart[u + 1]; e < end; e++) {
                int d = compOf[edgeTo[e]];
                if (d != c) {
                    start[d + 1]++;
                }
            }
        }
        for (int c = 0; c < count; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = java.util.Arrays.copyOf(start, count);
        int[] edge = new int[start[count]];
        int[] from = new int[start[count]];
        for (int u = 0, n = graph.size(); u < n; u++) {
            int c = compOf[u];
            for (int e = edgeStart[u], end = edgeStart[u + 1]; e < end; e++) {
                int d = compOf[edgeTo[e]];
                if (d != c) {
                    int slot = fill[d]++;
                    edge[slot] = e;
                    from[slot] = c;
                }
            }
        }
        return new Predecessors(start, edge, from);
    }
}
