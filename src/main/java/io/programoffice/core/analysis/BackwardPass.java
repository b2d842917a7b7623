package io.programoffice.core.analysis;

/**
 * The walk in reverse topological order of the components that two analyses share, because each needs, at a
 * component, only what lies downstream of it: the critical path method's late finishes (rule:
 * {@link CriticalPathMethod#lateBound}, kept as offsets from the project finish, which they do not depend on) and
 * the longest chain (a component's height is one more than its highest dependent's; the longest chain is the largest
 * height). It runs inside {@link TarjanComponents}' walk, which completes each component after everything downstream
 * of it: at that moment the component's row has just been read and its dependents are final, so no separate walk of
 * the graph is needed.
 *
 * <p>Values are kept per issue while walking (each member of a component holds the component's late-finish offset,
 * duration and height), three ints per issue, dropped with this object after the analysis; {@link #lateFinishes}
 * gives them per component in topological order. O(issues + dependencies). One instance per analysis; not
 * thread-safe.
 */
final class BackwardPass implements TarjanComponents.Completion {
    /** Stands for "no bound": far above any finish, far below int overflow. */
    static final int UNBOUNDED = 1 << 30;

    private final int[] edgeStart;
    private final int[] edgeTo;
    private final short[] kindLag;
    private final DependencyGraph graph;
    /** Per issue: late-finish offset, duration, height of its component. */
    private final int[] unit;
    private int longestChain;

    BackwardPass(DependencyGraph graph) {
        this.graph = graph;
        this.edgeStart = graph.edgeStart();
        this.edgeTo = graph.edgeTo();
        this.kindLag = graph.edgeKindLag();
        this.unit = new int[3 * graph.size()];
    }

    @Override
    public boolean singleIfClosed(int node, int component, int[] marks, int complete) {
        int dur = graph.remaining(node); // 0 when done
        int late = 0;
        int height = 0;
        for (int e = edgeStart[node], end = edgeStart[node + 1]; e < end; e++) {
            int v = edgeTo[e];
            if (marks[v] < complete) {
                return false;
            }
            int w = 3 * v;
            late = Math.min(late, CriticalPathMethod.lateBound(kindLag[e], unit[w], unit[w + 1], dur));
            height = Math.max(height, unit[w + 2] + 1);
        }
        set(node, dur, late, height);
        return true;
    }

    private void set(int node, int dur, int late, int height) {
        int b = 3 * node;
        unit[b] = graph.isDone(node) ? UNBOUNDED : late; // dependencies into done work do not bound anything
        unit[b + 1] = dur;
        unit[b + 2] = height;
        longestChain = Math.max(longestChain, height);
    }

    @Override
    public void cycle(int[] stack, int from, int to, int component, int[] marks, int mark) {
        int dur = 0;
        boolean done = true;
        for (int i = from; i < to; i++) {
            dur += graph.remaining(stack[i]);
            done &= graph.isDone(stack[i]);
        }
        int late = 0;
        int height = 0;
        for (int i = from; i < to; i++) {
            int u = stack[i];
            for (int e = edgeStart[u], end = edgeStart[u + 1]; e < end; e++) {
                int v = edgeTo[e];
                if (marks[v] == mark) {
                    continue; // inside the cycle: ignored for scheduling
                }
                int w = 3 * v;
                late = Math.min(late, CriticalPathMethod.lateBound(kindLag[e], unit[w], unit[w + 1], dur));
                height = Math.max(height, unit[w + 2] + 1);
            }
        }
        for (int i = from; i < to; i++) {
            int b = 3 * stack[i];
            unit[b] = done ? UNBOUNDED : late;
            unit[b + 1] = dur;
            unit[b + 2] = height;
        }
        longestChain = Math.max(longestChain, height);
    }

    /** The longest chain: dependencies on the longest path with each cycle one unit. */
    int longestChain() {
        return longestChain;
    }

    /** The late-finish offsets per component of {@code condensation} (done ones {@link #UNBOUNDED}). */
    int[] lateFinishes(Condensation condensation) {
        int count = condensation.count();
        int[] memberStart = condensation.memberStart();
        int[] members = condensation.members();
        int[] lf = new int[count];
        for (int c = 0; c < count; c++) {
            lf[c] = unit[3 * members[memberStart[c]]];
        }
        return lf;
    }
}
