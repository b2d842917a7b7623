package io.programoffice.core.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole analysis of one dependency graph: {@link TarjanComponents} with the {@link BackwardPass} (the critical
 * path method's late finishes and the longest chain, as each component completes) → {@link CondensationOrder} →
 * {@link ForwardPass} (the early starts and the {@link LateDependencies} in one walk), and the counts of
 * {@link AnalysisSummary}; per-issue dates and floats; {@link CriticalPaths} and {@link SlipPropagation} on demand. Two
 * walks over the dependencies (components with the backward pass, forward), O(issues + dependencies) time; retains the
 * graph, the condensation (about 17 bytes per issue and 9 per component), the schedule (8 bytes per component) and the
 * late list (8 bytes per late dependency). Immutable and thread-safe.
 *
 * <p>Re-analysis after one change:
 * <ul>
 *   <li>{@link #withRemaining(int, int)} (an issue's remaining work changes): the components, their order, the
 *       longest chain and the counts are reused (no Tarjan, no ordering, no grouping); only the early starts
 *       downstream and the late finishes upstream that the change reaches are recomputed
 *       ({@link CriticalPathMethod#reschedule}, with the {@link Predecessors} built on the first re-analysis and
 *       shared from then on); late dependencies are checked again only for upstreams without a due or release date
 *       whose early start moved (or the changed one). Early starts may fall as well as rise (more work in a component
 *       that finish-to-finish or start-to-finish dependencies hold starts it earlier), so a dirty component is
 *       recomputed from all its upstream components rather than pushed. {@link #slip(int, int)}, which keeps the
 *       start, pushes only through what the slipped issue reaches.</li>
 *   <li>any other change (a dependency added or removed, an issue added, done or with new dates): build the graph
 *       again and call {@link #analyze(DependencyGraph)}.</li>
 * </ul>
 */
public final class DependencyAnalysis {
    private final DependencyGraph graph;
    private final Condensation condensation;
    private final Schedule schedule;
    private final Structure structure;
    private final long[] late;

    private DependencyAnalysis(DependencyGraph graph, Condensation condensation, Schedule schedule,
                               Structure structure, long[] late) {
        this.graph = graph;
        this.condensation = condensation;
        this.schedule = schedule;
        this.structure = structure;
        this.late = late;
    }

    /** Analyses {@code graph} in full. */
    public static DependencyAnalysis analyze(DependencyGraph graph) {
        BackwardPass backward = new BackwardPass(graph);
        Condensation condensation = CondensationOrder.of(graph, backward);
        ForwardPass.Result forward = ForwardPass.all(graph, condensation);
        int[] es = forward.earlyStarts();
        Schedule schedule = new Schedule(condensation, es, backward.lateFinishes(condensation),
                CriticalPathMethod.finish(condensation, es));
        return new DependencyAnalysis(graph, condensation, schedule,
                Structure.of(graph, condensation, backward.longestChain()), forward.late());
    }

    /**
     * The analysis after {@code node}'s remaining work became {@code days} working days (see the class comment for
     * what is recomputed). This analysis is unchanged.
     */
    public DependencyAnalysis withRemaining(int node, int days) {
        DependencyGraph changed = graph.withRemaining(node, days);
        int c = condensation.componentOf(node);
        Condensation after = condensation.withDuration(c, condensation.duration(c) + days - graph.remaining(node));
        Schedule s = CriticalPathMethod.reschedule(changed, after, schedule, c, structure.predecessors(graph,
                condensation));
        return new DependencyAnalysis(changed, after, s, structure,
                LateDependencies.update(changed, after, s, late, schedule, c));
    }

    /** What moves if {@code node}'s finish slips {@code days} working days. */
    public SlipImpact slip(int node, int days) {
        return SlipPropagation.slip(this, node, days);
    }

    public DependencyGraph graph() {
        return graph;
    }

    public Condensation condensation() {
        return condensation;
    }

    public Schedule schedule() {
        return schedule;
    }

    /** The REST summary. */
    public AnalysisSummary summary() {
        return new AnalysisSummary(graph.edgeCount(), structure.crossProject, structure.cycles,
                structure.largestCycle, structure.longestChain, criticalPath(), late());
    }

    /** The late dependencies, most late first. */
    public List<LateDependency> late() {
        return LateDependencies.describe(graph, condensation, schedule, late);
    }

    /** The number of late dependencies. */
    public int lateCount() {
        return late.length;
    }

    /** The critical issues' keys in schedule order. */
    public List<String> criticalPath() {
        return CriticalPaths.criticalKeys(graph, condensation, schedule);
    }

    /** The critical chains (see {@link CriticalPaths}). */
    public List<List<String>> criticalChains() {
        return CriticalPaths.chains(graph, condensation, schedule);
    }

    /** The cycles: members' keys of every component with more than one issue, in topological order. */
    public List<List<String>> cycles() {
        List<List<String>> cycles = new ArrayList<>();
        for (int c = 0; c < condensation.count(); c++) {
            int size = condensation.size(c);
            if (size > 1) {
                List<String> keys = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    keys.add(graph.key(condensation.member(c, i)));
                }
                cycles.add(List.copyOf(keys));
            }
        }
        return List.copyOf(cycles);
    }

    public int earlyStart(int node) {
        return schedule.earlyStart(condensation.componentOf(node));
    }

    public int earlyFinish(int node) {
        return schedule.earlyFinish(condensation.componentOf(node));
    }

    public int lateStart(int node) {
        return schedule.lateStart(condensation.componentOf(node));
    }

    public int lateFinish(int node) {
        return schedule.lateFinish(condensation.componentOf(node));
    }

    public int totalFloat(int node) {
        return schedule.totalFloat(condensation.componentOf(node));
    }

    public int freeFloat(int node) {
        return schedule.freeFloat(graph, condensation.componentOf(node));
    }

    public boolean isCritical(int node) {
        return schedule.isCritical(condensation.componentOf(node));
    }

    /** The date {@code node} starts at the earliest. */
    public LocalDate earlyStartDate(int node) {
        return graph.workingDays().date(earlyStart(node));
    }

    /** The last working day of {@code node} at the earliest (its start date when it has no duration left). */
    public LocalDate earlyFinishDate(int node) {
        int c = condensation.componentOf(node);
        int start = schedule.earlyStart(c);
        return graph.workingDays().date(Math.max(start, schedule.earlyFinish(c) - 1L));
    }

    /** The date {@code node} must start by for the project to finish on time. */
    public LocalDate lateStartDate(int node) {
        return graph.workingDays().date(lateStart(node));
    }

    /** The last working day {@code node} may finish on for the project to finish on time. */
    public LocalDate lateFinishDate(int node) {
        int c = condensation.componentOf(node);
        return graph.workingDays().date(Math.max(schedule.lateStart(c), schedule.lateFinish(c) - 1L));
    }

    /** The project's finish: the last working day of the latest early finish. */
    public LocalDate finishDate() {
        return graph.workingDays().date(Math.max(0, schedule.finish() - 1L));
    }

    /** Heap retained by the graph's arrays, the condensation, the schedule and the late list (strings excluded). */
    public long retainedBytesEstimate() {
        return graph.retainedBytesEstimate() + condensation.retainedBytesEstimate() + schedule.retainedBytesEstimate()
                + DependencyGraph.array(late.length, 8) + 64;
    }

    /**
     * What does not change with durations, shared by the analyses derived by {@link #withRemaining}: the counts and,
     * from the first re-analysis on, the {@link Predecessors}.
     */
    private static final class Structure {
        final int crossProject;
        final int cycles;
        final int largestCycle;
        final int longestChain;
        private volatile Predecessors predecessors;

        Structure(int crossProject, int cycles, int largestCycle, int longestChain) {
            this.crossProject = crossProject;
            this.cycles = cycles;
            this.largestCycle = largestCycle;
            this.longestChain = longestChain;
        }

        /** Built on first use (two threads may both build it; either result is the same). */
        Predecessors predecessors(DependencyGraph graph, Condensation condensation) {
            Predecessors p = predecessors;
            if (p == null) {
                p = Predecessors.of(graph, condensation);
                predecessors = p;
            }
            return p;
        }

        static Structure of(DependencyGraph graph, Condensation condensation, int longestChain) {
            int cross = graph.crossProjectCount();
            int cycles = 0;
            int largest = 0;
            for (int c = 0; c < condensation.count(); c++) {
                int size = condensation.size(c);
                if (size > 1) {
                    cycles++;
                    largest = Math.max(largest, size);
                }
            }
            return new Structure(cross, cycles, largest, longestChain);
        }
    }
}
