package io.programoffice.core.analysis;

/**
 * Strongly connected components by Tarjan's algorithm, iterative: an explicit call stack of (node, next edge) replaces
 * recursion, so a 100,000-issue chain or ring needs no deep thread stack. A node whose component is complete gets the
 * largest discovery number (its component's plus a constant), so one array read per dependency tells both "visited"
 * and "still on the stack". O(issues + dependencies) time; five int arrays of one element per issue while running, one
 * ({@code componentOf}) kept.
 * Stateless and thread-safe.
 *
 * <p>Tarjan's algorithm completes a component only after every component reachable from it, so components complete
 * in reverse topological order of the condensation: the numbers it gives (0, 1, ... in completion order) are that
 * order, which {@link CondensationOrder} reverses (a property test checks every dependency between components goes
 * forward). A {@link Completion} is told of each component as it completes, when everything downstream of it is
 * final: the {@link BackwardPass} does its work there, reading the rows the walk has just read, instead of walking the
 * graph again.
 *
 * <p>A node whose dependents are all in completed components is a component of its own, complete at once: the
 * {@link Completion} checks that and does its work in the same scan of the row, and the node never enters the stacks. Roots are taken from the last issue to the first: when issues
 * are numbered mostly in dependency order (upstream before dependent, as issues created as work is planned tend to
 * be), every root is such a node, the walk is a scan, and the resulting topological order follows the numbering, so
 * the later passes read the graph's rows almost sequentially. Any numbering gives a correct order; this one is only
 * faster. docs/PERFORMANCE.md has figures for numberings in dependency order and shuffled.
 */
public final class TarjanComponents {
    /**
     * Nodes of completed components hold {@code COMPLETE + component} where others hold their discovery number
     * (below it, as there are fewer nodes), so they never lower a low link and one array tells everything.
     */
    private static final int COMPLETE = 1 << 30;

    private TarjanComponents() {
    }

    /** What is told of each component as it completes (in reverse topological order). */
    interface Completion {
        /**
         * If every dependent of {@code node} is in a completed component ({@code marks[w] >= complete}), completes
         * {@code node} as a component of its own numbered {@code component} and returns true; otherwise changes
         * nothing and returns false. (Checking and completing in one scan of the row.)
         */
        boolean singleIfClosed(int node, int component, int[] marks, int complete);

        /**
         * {@code stack[from..to-1]} are the members of component {@code component} (more than one); a node is one of
         * them when {@code marks[node] == mark}.
         */
        void cycle(int[] stack, int from, int to, int component, int[] marks, int mark);
    }

    /** The components of {@code graph}, {@code completion} told of each as it completes. */
    static Components of(DependencyGraph graph, Completion completion) {
        int n = graph.size();
        int[] edgeStart = graph.edgeStart();
        int[] edgeTo = graph.edgeTo();
        if (n >= COMPLETE) {
            throw new IllegalArgumentException("too many issues: " + n);
        }
        int[] index = new int[n]; // discovery number + 1; 0 = unvisited; COMPLETE + component once in one
        int[] low = new int[n];
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
            if (completion.singleIfClosed(root, components, index, COMPLETE)) {
                index[root] = COMPLETE + components++;
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
                        if (completion.singleIfClosed(w, components, index, COMPLETE)) {
                            index[w] = COMPLETE + components++; // complete at once; never lowers lowV
                            continue;
                        }
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
                    lowV = Math.min(lowV, iw); // nodes of completed components never lower it
                }
                if (descended) {
                    continue;
                }
                low[v] = lowV;
                if (lowV == index[v]) {
                    int top = sp;
                    int w;
                    do {
                        w = stack[--sp];
                        index[w] = COMPLETE + components;
                    } while (w != v);
                    if (top - sp == 1) {
                        // its dependents are all complete now (the walk only completes a node after them)
                        boolean closed = completion.singleIfClosed(v, components, index, COMPLETE);
                        assert closed;
                    } else {
                        completion.cycle(stack, sp, top, components, index, COMPLETE + components);
                    }
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
        for (int v = 0; v < n; v++) {
            index[v] -= COMPLETE;
        }
        return new Components(components, index);
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
