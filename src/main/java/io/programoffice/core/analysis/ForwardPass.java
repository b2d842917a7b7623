package io.programoffice.core.analysis;

import java.util.Arrays;

/**
 * The one walk of the graph in topological order of its components that three analyses share, because each needs, at
 * a component, only what lies upstream of it: the critical path method's early starts (rule:
 * {@link CriticalPathMethod#bound}), the longest chain (a component's chain is one longer than its longest
 * upstream's) and the late dependencies (rule: {@link LateDependencies#daysLate}; an upstream's expected finish is
 * known once its component's early start is). Walking the dependencies once instead of three times is what keeps the
 * whole analysis of 100,000 issues and 250,000 dependencies within its budget (docs/PERFORMANCE.md).
 *
 * <p>Each component's members' dependency rows are read in place (the condensation copies no dependency):
 * O(issues + dependencies), no allocation but the results (an int per component for the early starts, one more while
 * counting chains, a long per late dependency). Stateless and thread-safe.
 */
final class ForwardPass {
    private ForwardPass() {
    }

    /** The early starts, the longest chain and the late dependencies (packed as {@link LateDependencies} does). */
    record Result(int[] earlyStarts, int longestChain, long[] late) {
    }

    /** The early starts only (the structure, and so the chain, is unchanged; late dependencies are updated apart). */
    static int[] earlyStarts(DependencyGraph graph, Condensation condensation) {
        return walk(graph, condensation, false).earlyStarts();
    }

    /** Everything. */
    static Result all(DependencyGraph graph, Condensation condensation) {
        return walk(graph, condensation, true);
    }

    private static Result walk(DependencyGraph graph, Condensation condensation, boolean full) {
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
        int[] length = full ? new int[count] : null;
        int longest = 0;
        // late dependencies: what each issue needs by as a working-day count (sentinels for done and undated), the
        // dependencies' own needed-by dates through a cursor (rows are read in ascending edge order per upstream)
        int[] neededDay = full ? LateDependencies.neededDays(graph) : null;
        int[] neededFrom = full ? LateDependencies.neededFrom(graph) : null;
        int[] neededEdges = graph.neededEdges();
        int[] neededDates = graph.neededDates();
        WorkingDays days = graph.workingDays();
        long[] late = full ? new long[64] : null;
        int lateCount = 0;
        for (int c = 0; c < count; c++) {
            boolean done = doneC[c];
            if (done) {
                es[c] = 0; // dependencies into done work were pushed but do not count
            }
            int esc = es[c];
            int durc = dur[c];
            int efc = esc + durc;
            int nextLength = 0;
            if (full) {
                longest = Math.max(longest, length[c]); // final once the component is reached
                nextLength = length[c] + 1;
            }
            for (int i = memberStart[c], iEnd = memberStart[c + 1]; i < iEnd; i++) {
                int u = members[i];
                int e = edgeStart[u];
                int end = edgeStart[u + 1];
                if (e == end) {
                    continue;
                }
                boolean checkLate = full && !graph.isDone(u);
                long expectedDay = 0;
                int k = 0;
                if (checkLate) {
                    expectedDay = LateDependencies.expectedDay(graph, u, esc, durc);
                    k = neededFrom[u];
                }
                for (; e < end; e++) {
                    int v = edgeTo[e];
                    int d = compOf[v];
                    if (d != c) {
                        // unconditional stores of a maximum: no branch to mispredict on the dependent's values
                        if (full) {
                            length[d] = Math.max(length[d], nextLength);
                        }
                        if (!done) {
                            es[d] = Math.max(es[d], CriticalPathMethod.bound(kindLag[e], esc, efc, dur[d]));
                        }
                    }
                    if (checkLate) {
                        long needed = neededDay[v];
                        if (k < neededEdges.length && neededEdges[k] == e) {
                            needed = needed == LateDependencies.DONE ? needed : days.dayOfEpoch(neededDates[k] + 1L);
                            k++;
                        }
                        long daysLate = LateDependencies.daysLate(expectedDay, needed);
                        if (lateCount == late.length) {
                            late = Arrays.copyOf(late, lateCount * 2);
                        }
                        // written every time, kept (the count moves on) only when late: no branch on lateness
                        late[lateCount] = LateDependencies.pack(e, Math.max(0, daysLate));
                        lateCount += daysLate > 0 ? 1 : 0;
                    }
                }
            }
        }
        return new Result(es, longest, full ? Arrays.copyOf(late, lateCount) : null);
    }
}
