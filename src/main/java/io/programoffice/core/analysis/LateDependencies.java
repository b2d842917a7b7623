package io.programoffice.core.analysis;

import io.programoffice.core.analysis.DependencyGraph.DateSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds late dependencies. For each dependency whose two ends are not done:
 * <ul>
 *   <li>expected finish of the upstream: its due date, else its earliest fix version's release date, else its
 *       computed early finish (the date of its last working day; the start date for zero remaining work);</li>
 *   <li>needed-by date: the dependency's own, else the dependent's due date, else its fix version's release date
 *       (no date: the dependency cannot be late);</li>
 *   <li>late when at least one working day of the calendar lies after the needed-by date up to the expected finish;
 *       {@link LateDependency#daysLate()} counts them.</li>
 * </ul>
 * Done upstream work is never late. Found during the {@link ForwardPass} (an upstream's expected finish is known
 * once its component is reached), O(1) per dependency by comparing working-day counts; re-checked by
 * {@link #update} after a change. The result is compact (one long per late dependency: days late and the edge);
 * records are made on demand by {@link #describe}, ordered by days late (most first), then by upstream issue,
 * dependent issue and kind in graph order; describing sorts, O(late × log late). Stateless and thread-safe.
 */
public final class LateDependencies {
    private LateDependencies() {
    }

    /**
     * The late dependencies after a change of durations only (same graph structure, dates and done flags): the
     * previous result is kept for every upstream with a due or release date and for every upstream whose early
     * start and duration did not change; only the dependencies of the others are checked again. O(components +
     * previous late × log re-checked + dependencies of the re-checked upstreams). Entries are in no particular order
     * ({@link #describe(DependencyGraph, Condensation, Schedule, long[])} sorts).
     *
     * @param changedComponent the component whose duration changed
     */
    static long[] update(DependencyGraph graph, Condensation condensation, Schedule schedule, long[] previous,
                         Schedule previousSchedule, int changedComponent) {
        int[] recheck = new int[16];
        int count = 0;
        for (int c = 0, components = condensation.count(); c < components; c++) {
            if (c != changedComponent && schedule.earlyStart(c) == previousSchedule.earlyStart(c)) {
                continue;
            }
            for (int i = 0, size = condensation.size(c); i < size; i++) {
                int u = condensation.member(c, i);
                if (graph.commitmentEpoch(u) == DependencyGraph.NO_DATE && graph.firstEdge(u) < graph.firstEdge(u + 1)
                        && !graph.isDone(u)) {
                    if (count == recheck.length) {
                        recheck = Arrays.copyOf(recheck, count * 2);
                    }
                    recheck[count++] = u;
                }
            }
        }
        if (count == 0) {
            return previous;
        }
        Arrays.sort(recheck, 0, count);
        LongList fresh = new LongList();
        for (long entry : previous) {
            if (!inRows(graph, recheck, count, (int) entry)) {
                fresh.add(entry);
            }
        }
        for (int i = 0; i < count; i++) {
            addUpstream(graph, condensation, schedule, recheck[i], fresh);
        }
        return fresh.toArray();
    }

    /** Whether {@code edge} lies in the dependency row of one of the (sorted) {@code nodes}. */
    private static boolean inRows(DependencyGraph graph, int[] nodes, int count, int edge) {
        int lo = 0;
        int hi = count - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int u = nodes[mid];
            if (edge < graph.firstEdge(u)) {
                hi = mid - 1;
            } else if (edge >= graph.firstEdge(u + 1)) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** {@link #neededDays} of a done issue: nothing waiting on it is late. */
    static final int DONE = Integer.MAX_VALUE;
    /** {@link #neededDays} of an issue without a date: late only by a dependency's own needed-by date. */
    static final int UNDATED = Integer.MAX_VALUE - 1;

    /**
     * The number of working days a dependency is late by: those after the needed-by date up to the expected finish,
     * both given as "working days up to and including that date" ({@link WorkingDays#dayOfEpoch} of the next day);
     * late when positive (never with {@link #DONE} or {@link #UNDATED}, which lie far beyond any finish).
     */
    static long daysLate(long expectedDay, long neededDay) {
        return expectedDay - neededDay;
    }

    /** A late dependency packed: most late first when sorted, then by edge. */
    static long pack(int edge, long daysLate) {
        return (long) (Integer.MAX_VALUE - (int) Math.min(Integer.MAX_VALUE, daysLate)) << 32 | edge;
    }

    /**
     * Per issue, what a dependency on it is needed by without its own date, in working days up to and including that
     * date: its commitment (due date, else release), {@link #UNDATED} without one, {@link #DONE} when done. O(issues).
     */
    static int[] neededDays(DependencyGraph graph) {
        int n = graph.size();
        int[] needed = new int[n];
        for (int v = 0; v < n; v++) {
            needed[v] = neededDay(graph, v);
        }
        return needed;
    }

    private static int neededDay(DependencyGraph graph, int v) {
        if (graph.isDone(v)) {
            return DONE;
        }
        int commitment = graph.commitmentEpoch(v);
        return commitment == DependencyGraph.NO_DATE ? UNDATED
                : (int) Math.max(Integer.MIN_VALUE, Math.min(UNDATED - 1, graph.workingDays().dayOfEpoch(commitment + 1L)));
    }

    /**
     * Upstream {@code u}'s expected finish in working days up to and including it: its commitment, else the last
     * working day of its component's early schedule ({@code start}, lasting {@code duration}; its start day without
     * remaining work).
     */
    static long expectedDay(DependencyGraph graph, int u, int start, int duration) {
        int commitment = graph.commitmentEpoch(u);
        return commitment != DependencyGraph.NO_DATE ? graph.workingDays().dayOfEpoch(commitment + 1L)
                : duration > 0 ? start + (long) duration : start + 1L;
    }

    /**
     * Per issue, the position of its first dependency among those with a needed-by date (or of the next one after
     * its row): one merge of the two ascending sequences, O(issues + dated dependencies).
     */
    static int[] neededFrom(DependencyGraph graph) {
        int n = graph.size();
        int[] edgeStart = graph.edgeStart();
        int[] neededEdges = graph.neededEdges();
        int[] from = new int[n];
        for (int u = 0, q = 0; u < n; u++) {
            while (q < neededEdges.length && neededEdges[q] < edgeStart[u]) {
                q++;
            }
            from[u] = q;
        }
        return from;
    }

    /** The position of the first dependency at or after {@code edge} among those with a needed-by date. */
    static int firstNeeded(int[] neededEdges, int edge) {
        int q = Arrays.binarySearch(neededEdges, edge);
        return q >= 0 ? q : -q - 1;
    }

    /** Adds the late dependencies of upstream {@code u} (not done) whose component is {@code c}. */
    private static void addUpstream(DependencyGraph graph, Condensation condensation, Schedule schedule, int u,
                                    LongList late) {
        int c = condensation.componentOf(u);
        long expected = expectedDay(graph, u, schedule.earlyStart(c), condensation.duration(c));
        int[] neededEdges = graph.neededEdges();
        int[] neededDates = graph.neededDates();
        int e = graph.firstEdge(u);
        int k = firstNeeded(neededEdges, e);
        for (int end = graph.firstEdge(u + 1); e < end; e++) {
            int v = graph.target(e);
            long needed = neededDay(graph, v);
            if (k < neededEdges.length && neededEdges[k] == e) {
                needed = needed == DONE ? needed : graph.workingDays().dayOfEpoch(neededDates[k] + 1L);
                k++;
            }
            long daysLate = daysLate(expected, needed);
            if (daysLate > 0) {
                late.add(pack(e, daysLate));
            }
        }
    }

    /** A growable array of longs. */
    private static final class LongList {
        private long[] values = new long[16];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** The packed late dependency {@code packed} (an element of {@link #of}) as a record. */
    public static LateDependency describe(DependencyGraph graph, Condensation condensation, Schedule schedule,
                                          long packed) {
        int e = (int) packed;
        int daysLate = Integer.MAX_VALUE - (int) (packed >>> 32);
        int u = upstreamOf(graph, e);
        int v = graph.target(e);
        DateSource expectedFrom = graph.commitmentSource(u) == null ? DateSource.SCHEDULE : graph.commitmentSource(u);
        boolean ownDate = graph.neededByEpoch(e) != DependencyGraph.NO_DATE;
        return new LateDependency(u, v, graph.key(u), graph.key(v), graph.kind(e),
                LocalDate.ofEpochDay(expectedFinish(graph, condensation, schedule, u)), expectedFrom,
                ownDate ? graph.neededBy(e) : graph.commitment(v), ownDate ? DateSource.NEEDED_BY
                : graph.commitmentSource(v), daysLate);
    }

    /** Records for all of {@code late}, most late first (then in graph order). */
    public static List<LateDependency> describe(DependencyGraph graph, Condensation condensation, Schedule schedule,
                                                long[] late) {
        long[] sorted = late.clone();
        Arrays.sort(sorted);
        List<LateDependency> list = new ArrayList<>(sorted.length);
        for (long packed : sorted) {
            list.add(describe(graph, condensation, schedule, packed));
        }
        return List.copyOf(list);
    }

    private static long expectedFinish(DependencyGraph graph, Condensation condensation, Schedule schedule, int u) {
        long expected = graph.commitmentEpoch(u);
        if (expected == DependencyGraph.NO_DATE) {
            int c = condensation.componentOf(u);
            int duration = condensation.duration(c);
            int start = schedule.earlyStart(c);
            expected = graph.workingDays().epochDay(duration > 0 ? start + duration - 1L : start);
        }
        return expected;
    }

    private static int upstreamOf(DependencyGraph graph, int edge) {
        int lo = 0;
        int hi = graph.size() - 1;
        while (lo < hi) { // the last node whose first edge is at or before edge
            int mid = (lo + hi + 1) >>> 1;
            if (graph.firstEdge(mid) <= edge) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
