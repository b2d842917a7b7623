package io.programoffice.core.analysis;

/**
 * The critical path method over the condensation, in working days from the project start (day 0): a forward pass
 * (early start and finish) and a backward pass (late start and finish) in topological order of the components.
 *
 * <p>Rules, with {@code ES}, {@code EF = ES + duration}, {@code LS}, {@code LF = LS + duration} per component and a
 * dependency from P (upstream) to S (dependent) with lag L:
 * <ul>
 *   <li>FS: {@code ES(S) >= EF(P) + L}; SS: {@code ES(S) >= ES(P) + L}; FF: {@code EF(S) >= EF(P) + L};
 *       SF: {@code EF(S) >= ES(P) + L}. Negative lags are leads. Nothing starts before day 0.</li>
 *   <li>The project finishes at the latest early finish; the backward pass starts every component at that finish and
 *       tightens it by the same rules read backwards.</li>
 *   <li>Done work (a component whose members are all done) is finished: day 0, no duration; it neither waits for
 *       nor delays anything (dependencies touching it are ignored for scheduling, but still counted and analysed
 *       elsewhere).</li>
 *   <li>Cycles are one unit (see {@link Condensation}): dependencies inside a component are ignored here.</li>
 * </ul>
 * Times are ints: schedules up to 2^30 working days are supported (remaining work and lags are bounded per issue and
 * dependency by {@link DependencyGraph}).
 *
 * <p>The forward pass is the {@link ForwardPass} (shared with the late dependencies), the backward pass the
 * {@link BackwardPass} (shared with the longest chain, run as {@link TarjanComponents} completes each component);
 * this class holds the rules both apply ({@link #bound}, {@link #lateBound}) and the incremental re-analysis. Stateless
 * and thread-safe.
 */
public final class CriticalPathMethod {
    private CriticalPathMethod() {
    }

    /**
     * The schedule after {@code changed}'s duration changed (the {@code condensation} holds the new durations;
     * {@code before} is the schedule under the old ones), recomputing only what the change reaches: early starts from
     * {@code changed} forward, each dirty component from its upstream components (an early start may fall as well as
     * rise: more work under a finish-to-finish dependency starts earlier), and late-finish offsets from
     * {@code changed} backward through the upstream components whose offsets change. O(components) of array copies
     * and scans plus the dependencies of the components that change. Equal to the schedule of a full analysis (a
     * property test checks it).
     */
    static Schedule reschedule(DependencyGraph graph, Condensation condensation, Schedule before, int changed,
                               Predecessors preds) {
        int count = condensation.count();
        int[] compOf = condensation.componentOf();
        int[] memberStart = condensation.memberStart();
        int[] members = condensation.members();
        int[] edgeStart = graph.edgeStart();
        int[] edgeTo = graph.edgeTo();
        short[] kindLag = graph.edgeKindLag();
        int[] dur = condensation.durations();
        boolean[] done = condensation.doneFlags();
        int[] es = before.earlyStarts().clone();
        boolean[] dirty = new boolean[count];
        dirty[changed] = true;
        for (int x = changed; x < count; x++) {
            if (!dirty[x]) {
                continue;
            }
            int start = 0;
            if (!done[x]) {
                for (int r = preds.start[x], end = preds.start[x + 1]; r < end; r++) {
                    int p = preds.from[r];
                    if (!done[p]) {
                        int b = bound(kindLag[preds.edge[r]], es[p], es[p] + dur[p], dur[x]);
                        if (b > start) {
                            start = b;
                        }
                    }
                }
            }
            if (start != es[x] || x == changed) {
                es[x] = start;
                for (int i = memberStart[x], iEnd = memberStart[x + 1]; i < iEnd; i++) {
                    int u = members[i];
                    for (int e = edgeStart[u], end = edgeStart[u + 1]; e < end; e++) {
                        dirty[compOf[edgeTo[e]]] = true;
                    }
                }
            }
        }
        int[] lf = before.lateFinishOffsets().clone();
        java.util.Arrays.fill(dirty, 0, changed + 1, false);
        dirty[changed] = true;
        markUpstream(preds, changed, dirty); // their bounds read the changed duration
        for (int x = changed; x >= 0; x--) {
            if (!dirty[x] || done[x]) {
                continue;
            }
            int late = lateOffset(graph, condensation, lf, x);
            if (late != lf[x]) {
                lf[x] = late;
                markUpstream(preds, x, dirty);
            }
        }
        return new Schedule(condensation, es, lf, finish(condensation, es));
    }

    private static void markUpstream(Predecessors preds, int c, boolean[] dirty) {
        for (int r = preds.start[c], end = preds.start[c + 1]; r < end; r++) {
            dirty[preds.from[r]] = true;
        }
    }

    /**
     * Pushes a later finish of {@code from} (its duration grew, its early start held where it was) forward through the
     * components it reaches, raising early starts only: O(components after {@code from} + dependencies of the changed
     * ones). Returns the largest early finish among the components it changed (or {@code from}'s).
     */
    static int pushIncrease(DependencyGraph graph, Condensation condensation, int[] es, int from) {
        int count = condensation.count();
        int[] compOf = condensation.componentOf();
        int[] memberStart = condensation.memberStart();
        int[] members = condensation.members();
        int[] edgeStart = graph.edgeStart();
        int[] edgeTo = graph.edgeTo();
        short[] kindLag = graph.edgeKindLag();
        int[] dur = condensation.durations();
        boolean[] done = condensation.doneFlags();
        boolean[] dirty = new boolean[count];
        dirty[from] = true;
        int latest = 0;
        for (int c = from; c < count; c++) {
            if (!dirty[c]) {
                continue;
            }
            if (done[c]) {
                es[c] = 0;
                continue;
            }
            int esc = es[c];
            int efc = esc + dur[c];
            latest = Math.max(latest, efc);
            for (int i = memberStart[c], iEnd = memberStart[c + 1]; i < iEnd; i++) {
                int u = members[i];
                for (int e = edgeStart[u], end = edgeStart[u + 1]; e < end; e++) {
                    int d = compOf[edgeTo[e]];
                    if (d == c) {
                        continue;
                    }
                    int b = bound(kindLag[e], esc, efc, dur[d]);
                    if (b > es[d]) {
                        es[d] = b;
                        dirty[d] = true;
                    }
                }
            }
        }
        return latest;
    }

    /** The project finish: the latest early finish, at least day 0. */
    static int finish(Condensation condensation, int[] es) {
        int[] dur = condensation.durations();
        int finish = 0;
        for (int c = 0; c < es.length; c++) {
            int f = es[c] + dur[c]; // done work: 0
            if (f > finish) {
                finish = f;
            }
        }
        return finish;
    }

    /** Component {@code c}'s late-finish offset from its dependents' offsets {@code lf} (not done). */
    private static int lateOffset(DependencyGraph graph, Condensation condensation, int[] lf, int c) {
        int[] compOf = condensation.componentOf();
        int[] memberStart = condensation.memberStart();
        int[] members = condensation.members();
        int[] edgeStart = graph.edgeStart();
        int[] edgeTo = graph.edgeTo();
        short[] kindLag = graph.edgeKindLag();
        int[] dur = condensation.durations();
        int late = 0;
        int durc = dur[c];
        for (int i = memberStart[c], iEnd = memberStart[c + 1]; i < iEnd; i++) {
            int u = members[i];
            for (int e = edgeStart[u], end = edgeStart[u + 1]; e < end; e++) {
                int d = compOf[edgeTo[e]];
                if (d == c) {
                    continue;
                }
                late = Math.min(late, lateBound(kindLag[e], lf[d], dur[d], durc));
            }
        }
        return late;
    }

    /**
     * The latest finish (as an offset from the project finish) a dependency allows its upstream, from the dependent's
     * late-finish offset and duration: the dependent's late start (FS, SS) or late finish (FF, SF), minus the lag,
     * bounds the upstream's late finish (FS, FF) or late start (SS, SF). A done dependent's offset is
     * {@link BackwardPass#UNBOUNDED}, so it bounds nothing.
     */
    static int lateBound(int kindLag, int dependentLateFinish, int dependentDuration, int upstreamDuration) {
        int kind = kindLag & 3;
        return (kind >= 2 ? dependentLateFinish : dependentLateFinish - dependentDuration) - (kindLag >> 2)
                + ((kind & 1) != 0 ? upstreamDuration : 0);
    }

    /**
     * The earliest start a dependency allows its dependent: FS and FF count from the upstream's finish, SS and SF from
     * its start; FF and SF constrain the dependent's finish, so its duration comes off.
     */
    static int bound(int kindLag, int upstreamStart, int upstreamFinish, int dependentDuration) {
        int kind = kindLag & 3;
        return ((kind & 1) == 0 ? upstreamFinish : upstreamStart) + (kindLag >> 2) - (kind >= 2 ? dependentDuration : 0);
    }
}
