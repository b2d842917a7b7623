package io.programoffice.core.analysis;

/**
 * Early and late dates per component from {@link CriticalPathMethod}, in working days from the project start (day 0).
 * Finishes are exclusive: work with early start 3 and duration 2 occupies working days 3 and 4 and finishes at 5.
 * Total float is {@code LS - ES}; a component is critical when it is not done and its total float is 0. Late finishes
 * are kept as offsets from the project finish (they do not depend on it, so a re-analysis that moves the finish
 * keeps them). Immutable; two ints per component.
 */
public final class Schedule {
    private final Condensation condensation;
    private final int[] es;
    /** Late finish minus the project finish per component (done ones: unbounded, reported as 0). */
    private final int[] lfOffset;
    private final int finish;

    Schedule(Condensation condensation, int[] es, int[] lfOffset, int finish) {
        this.condensation = condensation;
        this.es = es;
        this.lfOffset = lfOffset;
        this.finish = finish;
    }

    /** The project finish: the latest early finish (exclusive working-day number). */
    public int finish() {
        return finish;
    }

    public int earlyStart(int component) {
        return es[component];
    }

    public int earlyFinish(int component) {
        return es[component] + condensation.duration(component);
    }

    public int lateStart(int component) {
        return lateFinish(component) - condensation.duration(component);
    }

    public int lateFinish(int component) {
        return condensation.isDone(component) ? 0 : lfOffset[component] + finish;
    }

    /** How far {@code component} can slip without moving the project finish (0 for done work). */
    public int totalFloat(int component) {
        return lateFinish(component) - es[component] - condensation.duration(component);
    }

    /** Not done and no total float. */
    public boolean isCritical(int component) {
        return !condensation.isDone(component) && totalFloat(component) == 0;
    }

    /**
     * How far {@code component} can slip without moving any dependent's early start (or the project finish when it
     * has none): O(its dependencies). 0 for done work.
     */
    public int freeFloat(DependencyGraph graph, int component) {
        if (condensation.isDone(component)) {
            return 0;
        }
        int esc = es[component];
        int efc = earlyFinish(component);
        int free = finish - efc;
        int[] comp = condensation.componentOf();
        for (int i = 0, size = condensation.size(component); i < size; i++) {
            int u = condensation.member(component, i);
            for (int e = graph.firstEdge(u), end = graph.firstEdge(u + 1); e < end; e++) {
                int d = comp[graph.target(e)];
                if (d == component || condensation.isDone(d)) {
                    continue;
                }
                int slack = es[d] - CriticalPathMethod.bound(graph.edgeKindLag()[e], esc, efc, condensation.duration(d));
                free = Math.min(free, slack);
            }
        }
        return free;
    }

    int[] earlyStarts() {
        return es;
    }

    int[] lateFinishOffsets() {
        return lfOffset;
    }

    long retainedBytesEstimate() {
        return 2 * DependencyGraph.array(es.length, 4) + 32;
    }
}
