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
 * <p>Each pass reads the condensation's dependency rows front to back (back to front for the backward pass):
 * O(components
 * + dependencies between them), no allocation but the result arrays (two ints per component), no per-dependency
 * branch on done work (its early start is reset when reached, its late finish reads as unbounded). Stateless and
 * thread-safe.
 */
public final class CriticalPathMethod {
    /** Stands for "no bound" in the backward pass: far above any finish, far below int overflow. */
    private static final int UNBOUNDED = 1 << 30;

    private CriticalPathMethod() {
    }

    /** Both passes. */
    public static Schedule schedule(DependencyGraph graph, Condensation condensation) {
        int[] es = forward(graph, condensation);
        int finish = finish(condensation, es);
        return new Schedule(condensation, es, backward(graph, condensation, finish), finish);
    }

    /** The forward pass: early starts per component. */
    static int[] forward(DependencyGraph graph, Condensation condensation) {
        int count = condensation.count();
        int[] es = new int[count];
        int[] rowStart = condensation.rowStart();
        int[] to = condensation.rowTo();
        short[] kindLag = condensation.rowKindLag();
        int[] dur = condensation.durations();
        boolean[] done = condensation.doneFlags();
        for (int c = 0; c < count; c++) {
            if (done[c]) {
                es[c] = 0; // dependencies into done work were pushed but do not count
                continue;
            }
            int esc = es[c];
            int efc = esc + dur[c];
            for (int r = rowStart[c], end = rowStart[c + 1]; r < end; r++) {
                int d = to[r];
                int b = bound(kindLag[r], esc, efc, dur[d]);
                if (b > es[d]) {
                    es[d] = b;
                }
            }
        }
        return es;
    }

    /**
     * Pushes a later finish of {@code from} (its duration grew, its early start held where it was) forward through the
     * components it reaches, raising early starts only: O(components after {@code from} + dependencies of the changed
     * ones). Returns the largest early finish among the components it changed (or {@code from}'s).
     */
    static int pushIncrease(DependencyGraph graph, Condensation condensation, int[] es, int from) {
        int count = condensation.count();
        int[] rowStart = condensation.rowStart();
        int[] to = condensation.rowTo();
        short[] kindLag = condensation.rowKindLag();
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
            for (int r = rowStart[c], end = rowStart[c + 1]; r < end; r++) {
                int d = to[r];
                int b = bound(kindLag[r], esc, efc, dur[d]);
                if (b > es[d]) {
                    es[d] = b;
                    dirty[d] = true;
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

    /** The backward pass: late finishes per component (0 for done ones). */
    static int[] backward(DependencyGraph graph, Condensation condensation, int finish) {
        int count = condensation.count();
        int[] lf = new int[count];
        int[] rowStart = condensation.rowStart();
        int[] to = condensation.rowTo();
        short[] kindLag = condensation.rowKindLag();
        int[] dur = condensation.durations();
        boolean[] done = condensation.doneFlags();
        boolean anyDone = false;
        for (int c = count - 1; c >= 0; c--) {
            if (done[c]) {
                lf[c] = UNBOUNDED; // dependencies into done work do not bound anything
                anyDone = true;
                continue;
            }
            int late = finish;
            int durc = dur[c];
            for (int r = rowStart[c], end = rowStart[c + 1]; r < end; r++) {
                int d = to[r];
                int kl = kindLag[r];
                int kind = kl & 3;
                // the dependent's late start (FS, SS) or late finish (FF, SF), minus the lag, bounds our late
                // finish (FS, FF) or late start (SS, SF)
                int ref = (kind >= 2 ? lf[d] : lf[d] - dur[d]) - (kl >> 2) + ((kind & 1) != 0 ? durc : 0);
                if (ref < late) {
                    late = ref;
                }
            }
            lf[c] = late;
        }
        if (anyDone) {
            for (int c = 0; c < count; c++) {
                if (done[c]) {
                    lf[c] = 0;
                }
            }
        }
        return lf;
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
