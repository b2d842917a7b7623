package io.programoffice.core.analysis;

import java.util.ArrayDeque;
import java.util.BitSet;

/**
 * The critical path of a part of a program, such as a milestone's issues: start from the part's issues that finish
 * last in the analysis's early schedule and walk upstream along the dependencies that drive, that is whose bound
 * ({@link CriticalPathMethod#bound}) equals the dependent's early start; every issue reached is on the part's critical
 * path (it cannot slip without the part finishing later). Members of a cycle share their component's schedule, so a
 * driving dependency into a cycle drives each of its members. Done work is not on it. O(issues + dependencies) for the
 * predecessors, then the chains' length. Stateless.
 */
public final class DrivingChains {
    private DrivingChains() {
    }

    /**
     * The issues on the critical path into {@code part}: a set of node numbers, the part's last-finishing open issues
     * among them; empty when every issue of the part is done.
     */
    public static BitSet into(DependencyAnalysis analysis, BitSet part) {
        DependencyGraph g = analysis.graph();
        Condensation c = analysis.condensation();
        int n = g.size();
        int finish = Integer.MIN_VALUE;
        for (int v = part.nextSetBit(0); v >= 0; v = part.nextSetBit(v + 1)) {
            if (!g.isDone(v)) {
                finish = Math.max(finish, analysis.earlyFinish(v));
            }
        }
        BitSet on = new BitSet(n);
        if (finish == Integer.MIN_VALUE) {
            return on;
        }
        // predecessors in compressed rows: for each dependent, its incoming dependency numbers
        int[] start = new int[n + 1];
        for (int u = 0; u < n; u++) {
            for (int e = g.firstEdge(u), end = g.firstEdge(u + 1); e < end; e++) {
                start[g.target(e) + 1]++;
            }
        }
        for (int v = 0; v < n; v++) {
            start[v + 1] += start[v];
        }
        int[] from = new int[start[n]];
        int[] edge = new int[start[n]];
        int[] fill = start.clone();
        for (int u = 0; u < n; u++) {
            for (int e = g.firstEdge(u), end = g.firstEdge(u + 1); e < end; e++) {
                int v = g.target(e);
                from[fill[v]] = u;
                edge[fill[v]++] = e;
            }
        }
        short[] kindLag = g.edgeKindLag();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int v = part.nextSetBit(0); v >= 0; v = part.nextSetBit(v + 1)) {
            if (!g.isDone(v) && analysis.earlyFinish(v) == finish) {
                on.set(v);
                queue.add(v);
            }
        }
        while (!queue.isEmpty()) {
            int v = queue.poll();
            int cv = c.componentOf(v);
            int es = analysis.earlyStart(v);
            for (int r = start[v]; r < start[v + 1]; r++) {
                int u = from[r];
                int cu = c.componentOf(u);
                if (on.get(u) || g.isDone(u)) {
                    continue;
                }
                boolean drives = cu == cv || CriticalPathMethod.bound(kindLag[edge[r]], analysis.earlyStart(u),
                        analysis.earlyFinish(u), c.duration(cv)) == es;
                if (drives) {
                    on.set(u);
                    queue.add(u);
                }
            }
        }
        return on;
    }
}
