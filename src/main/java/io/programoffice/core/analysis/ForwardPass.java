package io.programoffice.core.analysis;

import java.util.Arrays;

/**
 * The one walk of the graph in topological order of its components that two analyses share, because each needs, at
 * a component, only what lies upstream of it: the critical path method's early starts (rule:
 * {@link CriticalPathMethod#bound}) and the late dependencies (rule: {@link LateDependencies#daysLate}; an upstream's
 * expected finish is known once its component's early start is). With the {@link BackwardPass} inside the components'
 * walk, the whole analysis reads the dependencies twice (docs/PERFORMANCE.md).
 *
 * <p>Each component's members' dependency rows are read in place (the condensation copies no dependency):
 * O(issues + dependencies), no allocation but the results (an int per component for the early starts, a long per late
 * dependency) and, while walking, two ints per issue for the needed-by days and cursors. Stateless and thread-safe.
 */
final class ForwardPass {
    private ForwardPass() {
    }

    /** The early starts and the late dependencies (packed as {@link LateDependencies} does). */
    record Result(int[] earlyStarts, long[] late) {
    }

    /** The early starts and the late dependencies. */
    static Result all(DependencyGraph graph, Condensation condensation) {
        int count = condensation.count();
        int[] compOf = condensation.componentOf();
        int[] memberStart = condensation.memberStart();
        int[] members = condensation.members();
        int[] dur = condensation.durations();
        boolean[] doneC = condensation.doneFlags();
        int[] edgeStart = graph.edgeStart();
        int[] edgeTo = graph.edgeTo();
        short[] kindLag = graph.edgeKindLag();
        int[] es = new int[count];
        // late dependencies: what each issue needs by as a working-day count (sentinels for done and undated), the
        // dependencies' own needed-by dates through a cursor (rows are read in ascending edge order per upstream)
        int[] neededDay = LateDependencies.neededDays(graph);
        int[] neededFrom = LateDependencies.neededFrom(graph);
        int[] neededEdges = graph.neededEdges();
        int[] neededDates = graph.neededDates();
        WorkingDays days = graph.workingDays();
        long[] late = new long[64];
        int lateCount = 0;
        for (int c = 0; c < count; c++) {
            if (doneC[c]) {
                es[c] = 0; // dependencies into done work were pushed but do not count
                continue; // its members are done: it pushes nothing and none of its dependencies can be late
            }
            int esc = es[c];
            int durc = dur[c];
            int efc = esc + durc;
            for (int i = memberStart[c], iEnd = memberStart[c + 1]; i < iEnd; i++) {
                int u = members[i];
                int e = edgeStart[u];
                int end = edgeStart[u + 1];
                if (e == end) {
                    continue;
                }
                boolean checkLate = !graph.isDone(u); // a done member of a cycle still pushes
                long expectedDay = 0;
                int k = 0;
                if (checkLate) {
                    expectedDay = LateDependencies.expectedDay(graph, u, esc, durc);
                    k = neededFrom[u];
                    if (lateCount + end - e > late.length) {
                        late = Arrays.copyOf(late, Math.max(late.length * 2, lateCount + end - e));
                    }
                }
                for (; e < end; e++) {
                    int v = edgeTo[e];
                    int d = compOf[v];
                    if (d != c) {
                        // an unconditional store of the maximum: no branch to mispredict on the dependent's values
                        es[d] = Math.max(es[d], CriticalPathMethod.bound(kindLag[e], esc, efc, dur[d]));
                    }
                    if (checkLate) {
                        long needed = neededDay[v];
                        if (k < neededEdges.length && neededEdges[k] == e) {
                            needed = needed == LateDependencies.DONE ? needed : days.dayOfEpoch(neededDates[k] + 1L);
                            k++;
                        }
                        long daysLate = LateDependencies.daysLate(expectedDay, needed);
                        // written every time, kept (the count moves on) only when late: no branch on lateness
                        late[lateCount] = LateDependencies.pack(e, Math.max(0, daysLate));
                        lateCount += daysLate > 0 ? 1 : 0;
                    }
                }
            }
        }
        return new Result(es, Arrays.copyOf(late, lateCount));
    }
}
