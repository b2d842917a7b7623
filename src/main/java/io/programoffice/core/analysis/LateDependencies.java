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
 * Done upstream work is never late. The result is compact (one long per late dependency: days late and the edge);
 * records are made on demand by {@link #describe}, ordered by days late (most first), then by upstream issue,
 * dependent issue and kind in graph order. One pass over the dependencies, O(dependencies + late × log holidays);
 * describing sorts, O(late × log late). Stateless and thread-safe.
 */
public final class LateDependencies {
    private LateDependencies() {
    }

    /**
     * The late dependencies of {@code graph} under {@code schedule}, packed in graph order: each long holds
     * {@code Integer.MAX_VALUE - daysLate} above the edge number, so sorting puts the most late first (done by
     * {@link #describe(DependencyGraph, Condensation, Schedule, long[])}, when they are shown).
     */
    public static long[] of(DependencyGraph graph, Condensation condensation, Schedule schedule) {
        Packed late = new Packed();
        int k = 0; // cursor over the dependencies with a needed-by date: edges are visited in ascending order
        for (int u = 0, n = graph.size(); u < n; u++) {
            k = add(graph, condensation, schedule, u, k, late);
        }
        return late.toArray();
    }

    /**
     * The late dependencies after a change of durations only (same graph structure, dates and done flags): the
     * previous result is kept for every upstream with a due or release date and for every upstream whose early
     * start and duration did not change; only the dependencies of the others are checked again. O(components +
     * previous late + dependencies of the re-checked upstreams).
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
        Packed fresh = new Packed();
        int[] neededEdges = graph.neededEdges();
        for (int i = 0; i < count; i++) {
            int from = graph.firstEdge(recheck[i]);
            int k = Arrays.binarySearch(neededEdges, from);
            add(graph, condensation, schedule, recheck[i], k >= 0 ? k : -k - 1, fresh);
        }
        // merge by edge: previous entries outside the re-checked upstreams' rows, and the fresh ones
        long[] added = fresh.toArray();
        Packed merged = new Packed();
        int j = 0;
        int a = 0;
        for (long entry : previous) {
            int e = (int) entry;
            while (j < count && graph.firstEdge(recheck[j] + 1) <= e) {
                j++;
            }
            if (j < count && graph.firstEdge(recheck[j]) <= e) {
                continue; // re-checked
            }
            while (a < added.length && (int) added[a] < e) {
                merged.add(added[a++]);
            }
            merged.add(entry);
        }
        while (a < added.length) {
            merged.add(added[a++]);
        }
        return merged.toArray();
    }

    /** Adds the late dependencies of upstream {@code u}; {@code k} is the needed-by cursor at or before its edges. */
    private static int add(DependencyGraph graph, Condensation condensation, Schedule schedule, int u, int k,
                           Packed late) {
        int[] edgeStart = graph.edgeStart();
        if (edgeStart[u] == edgeStart[u + 1] || graph.isDone(u)) {
            return k;
        }
        int[] edgeTo = graph.edgeTo();
        int[] neededEdges = graph.neededEdges();
        int[] neededDates = graph.neededDates();
        WorkingDays days = graph.workingDays();
        long expected = expectedFinish(graph, condensation, schedule, u);
        long expectedDay = Long.MIN_VALUE; // working days up to the expected finish, once per upstream
        for (int e = edgeStart[u], end = edgeStart[u + 1]; e < end; e++) {
            int v = edgeTo[e];
            while (k < neededEdges.length && neededEdges[k] < e) {
                k++;
            }
            long needed = k < neededEdges.length && neededEdges[k] == e ? neededDates[k] : graph.commitmentEpoch(v);
            if (needed == DependencyGraph.NO_DATE || expected <= needed || graph.isDone(v)) {
                continue;
            }
            if (expectedDay == Long.MIN_VALUE) {
                expectedDay = days.dayOfEpoch(expected + 1);
            }
            long daysLate = expectedDay - days.dayOfEpoch(needed + 1);
            if (daysLate > 0) {
                late.add((long) (Integer.MAX_VALUE - (int) Math.min(Integer.MAX_VALUE, daysLate)) << 32 | e);
            }
        }
        return k;
    }

    /** A growable array of longs. */
    private static final class Packed {
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
