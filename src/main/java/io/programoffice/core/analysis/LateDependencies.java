package io.programoffice.core.analysis;

import io.programoffice.core.analysis.DependencyGraph.DateSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
 * Done upstream work is never late. Sorted by days late (most first), then by upstream and dependent key. One pass
 * over the dependencies, O(dependencies + late × log holidays); allocates only for the late ones. Stateless and
 * thread-safe.
 */
public final class LateDependencies {
    private static final Comparator<LateDependency> ORDER = Comparator.comparingInt(LateDependency::daysLate)
            .reversed().thenComparing(LateDependency::upstreamKey).thenComparing(LateDependency::dependentKey).thenComparing(LateDependency::kind);

    private LateDependencies() {
    }

    /** The late dependencies of {@code graph} under {@code schedule}. */
    public static List<LateDependency> of(DependencyGraph graph, Condensation condensation, Schedule schedule) {
        WorkingDays days = graph.workingDays();
        int n = graph.size();
        int[] edgeStart = graph.edgeStart();
        int[] edgeTo = graph.edgeTo();
        int[] comp = condensation.componentOf();
        List<LateDependency> late = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            if (graph.isDone(u) || edgeStart[u] == edgeStart[u + 1]) {
                continue;
            }
            long expected = graph.commitmentEpoch(u);
            if (expected == DependencyGraph.NO_DATE) {
                int c = comp[u];
                int duration = condensation.duration(c);
                int start = schedule.earlyStart(c);
                expected = days.epochDay(duration > 0 ? start + duration - 1L : start);
            }
            for (int e = edgeStart[u], end = edgeStart[u + 1]; e < end; e++) {
                int v = edgeTo[e];
                if (graph.isDone(v)) {
                    continue;
                }
                long needed = graph.neededByEpoch(e);
                if (needed == DependencyGraph.NO_DATE) {
                    needed = graph.commitmentEpoch(v);
                }
                if (needed == DependencyGraph.NO_DATE || expected <= needed) {
                    continue;
                }
                long daysLate = days.dayOfEpoch(expected + 1) - days.dayOfEpoch(needed + 1);
                if (daysLate <= 0) {
                    continue;
                }
                DateSource expectedFrom = graph.commitmentSource(u) == null ? DateSource.SCHEDULE : graph.commitmentSource(u);
                DateSource neededFrom = graph.neededByEpoch(e) != DependencyGraph.NO_DATE ? DateSource.NEEDED_BY
                        : graph.commitmentSource(v);
                late.add(new LateDependency(u, v, graph.key(u), graph.key(v), graph.kind(e), LocalDate.ofEpochDay(expected),
                        expectedFrom, LocalDate.ofEpochDay(needed), neededFrom, (int) Math.min(Integer.MAX_VALUE, daysLate)));
            }
        }
        late.sort(ORDER);
        return late;
    }
}
