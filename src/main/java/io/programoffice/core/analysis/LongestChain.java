package io.programoffice.core.analysis;

/**
 * The number of dependencies on the longest path through the graph with each cycle collapsed to one node (done work
 * included: this measures structure, not schedule). Dependencies inside a cycle do not count; parallel dependencies
 * between the same components count once along a path. One pass in topological order: O(issues + dependencies),
 * one transient int per component. Stateless and thread-safe.
 */
public final class LongestChain {
    private LongestChain() {
    }

    /** The longest chain's length in dependencies (0 without dependencies between components). */
    public static int of(DependencyGraph graph, Condensation condensation) {
        int count = condensation.count();
        int[] length = new int[count];
        int[] rowStart = condensation.rowStart();
        int[] to = condensation.rowTo();
        int longest = 0;
        for (int c = 0; c < count; c++) {
            int next = length[c] + 1;
            for (int r = rowStart[c], end = rowStart[c + 1]; r < end; r++) {
                int d = to[r];
                if (length[d] < next) {
                    length[d] = next;
                    if (next > longest) {
                        longest = next;
                    }
                }
            }
        }
        return longest;
    }
}
