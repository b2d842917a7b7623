package io.programoffice.core.analysis;

/**
 * Strongly connected components by Tarjan's algorithm, iterative: an explicit call stack of (node, next edge) replaces
 * recursion, so a 100,000-issue chain or ring needs no deep thread stack. A node whose component is complete gets the
 * largest discovery number, so one array read per dependency tells both "visited" and "still on the stack". O(issues
 * + dependencies) time; five int
 * arrays of one element per issue while running, one ({@code componentOf}) kept. Stateless and thread-safe.
 *
 * <p>Roots are taken from the last issue to the first. When issues are numbered mostly in dependency order (upstream
 * before dependent, as issues created as work is planned tend to be), every dependency of a root then leads to a
 * completed component, the walk degenerates to a scan, and the resulting topological order follows the numbering, so
 * the later passes read the graph's rows almost sequentially. Any numbering gives a correct order; this one is only
 * faster. docs/PERFORMANCE.md has figures for numberings in dependency order and shuffled.
 *
 * <p>Tarjan's algorithm completes a component only after every component reachable from it, so the numbers it gives
 * (0, 1, ... in completion order) are a reverse topological order of the condensation, which {@link CondensationOrder}
 * reverses (a property test checks every dependency between components goes forward).
 */
public final class TarjanComponents {
    private static final int DONE = Integer.MAX_VALUE;

    private TarjanComponents() {
    }

    /** The components of {@code graph}. */
    public static Components of(DependencyGraph graph) {
        int n = graph.size();
        int[] edgeStart = graph.edgeStart();
        int[] edgeTo = graph.edgeTo();
        int[] index = new int[n]; // discovery number + 1; 0 = unvisited; DONE once in a component
        int[] low = new int[n];
        int[] componentOf = new int[n];
        int[] stack = new int[n];
        int[] callNode = new int[n];
        int[] callEdge = new int[n];
        int sp = 0;
        int counter = 0;
        int components = 0;
        for (int root = n - 1; root >= 0; root--) {
            if (index[root] != 0) {
                continue;
            }
            int depth = 0;
            callNode[0] = root;
            callEdge[0] = edgeStart[root];
            index[root] = low[root] = ++counter;
            stack[sp++] = root;
            while (depth >= 0) {
                int v = callNode[depth];
                int e = callEdge[depth];
                int end = edgeStart[v + 1];
                int lowV = low[v];
                boolean descended = false;
                while (e < end) {
                    int w = edgeTo[e++];
                    int iw = index[w];
                    if (iw == 0) {
                        low[v] = lowV;
                        callEdge[depth] = e;
                        index[w] = low[w] = ++counter;
                        stack[sp++] = w;
                        depth++;
                        callNode[depth] = w;
                        callEdge[depth] = edgeStart[w];
                        descended = true;
                        break;
                    }
                    lowV = Math.min(lowV, iw); // DONE for nodes of completed components: never lowers it
                }
                if (descended) {
                    continue;
                }
                low[v] = lowV;
                if (lowV == index[v]) {
                    int w;
                    do {
                        w = stack[--sp];
                        componentOf[w] = components;
                        index[w] = DONE;
                    } while (w != v);
                    components++;
                }
                depth--;
                if (depth >= 0) {
                    int parent = callNode[depth];
                    if (lowV < low[parent]) {
                        low[parent] = lowV;
                    }
                }
            }
        }
        return new Components(components, componentOf);
    }

    /**
     * The result: {@code count} components numbered 0..count-1 in Tarjan's completion order.
     *
     * @param count       the number of components
     * @param componentOf the component of each issue (shared, do not modify)
     */
    public record Components(int count, int[] componentOf) {
    }
}
