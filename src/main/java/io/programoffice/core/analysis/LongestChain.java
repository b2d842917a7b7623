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
        int[] comp = condensation.componentOf();
        int[] memberStart = condensation.memberStart();
        int[] members = condensation.members();
        int[] edgeStart = graph.edgeStart();
        int[] edgeTo = graph.edgeTo();
        int longest = 0;
        for (int c = 0; c < count; c++) {
            int next = length[c] + 1;
            for (int i = memberStart[c], iEnd = memberStart[c + 1]; i < iEnd; i++) {
                int u = members[i];
                for (int e = edgeStart[u], end = edgeStart[u + 1]; e < end; e++) {
                    int d = comp[edgeTo[e]];
                    if (d != c && length[d] < next) {
                        length[d] = next;
                        if (next > longest) {
                            longest = next;
                        }
                    }
                }
            }
        }
        return longest;
    }
}
