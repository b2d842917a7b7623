package io.programoffice.core.analysis;

/**
 * Components in topological order (see {@link CondensationOrder}) with their members and what the schedule treats
 * them as. A cycle is scheduled as one unit of work: its duration is the sum of its members' remaining working days
 * (work that waits on itself cannot overlap, so the conservative sum), dependencies inside it are ignored for
 * scheduling, and dependencies into or out of it constrain the unit with their kind and lag. A component is done when
 * all its members are. Also the dependencies between components in topological order of their upstream (see
 * {@link CondensationOrder}).
 * Immutable once built (the arrays are not exposed); about 21 bytes per issue and 6 per dependency between components.
 */
public final class Condensation {
    private final int count;
    private final int[] componentOf;
    private final int[] memberStart;
    private final int[] members;
    private final int[] duration;
    private final boolean[] done;

    Condensation(int count, int[] componentOf, int[] memberStart, int[] members, int[] duration, boolean[] done) {
        this.count = count;
        this.componentOf = componentOf;
        this.memberStart = memberStart;
        this.members = members;
        this.duration = duration;
        this.done = done;
    }

    /** The number of components. */
    public int count() {
        return count;
    }

    /** The component of {@code node}: its position in the topological order. */
    public int componentOf(int node) {
        return componentOf[node];
    }

    /** The number of issues in {@code component}. */
    public int size(int component) {
        return memberStart[component + 1] - memberStart[component];
    }

    /** The {@code i}-th member of {@code component} (members in node order). */
    public int member(int component, int i) {
        return members[memberStart[component] + i];
    }

    /** The scheduled duration of {@code component}: the sum of its members' remaining working days. */
    public int duration(int component) {
        return duration[component];
    }

    /** Whether every member of {@code component} is done. */
    public boolean isDone(int component) {
        return done[component];
    }

    /** The same components with {@code component}'s duration replaced: O(components), arrays shared otherwise. */
    Condensation withDuration(int component, int days) {
        int[] d = duration.clone();
        d[component] = days;
        return new Condensation(count, componentOf, memberStart, members, d, done);
    }

    int[] componentOf() {
        return componentOf;
    }

    int[] memberStart() {
        return memberStart;
    }

    int[] members() {
        return members;
    }

    int[] durations() {
        return duration;
    }

    boolean[] doneFlags() {
        return done;
    }

    long retainedBytesEstimate() {
        int n = componentOf.length;
        return 2 * DependencyGraph.array(n, 4) + 2 * DependencyGraph.array(count + 1, 4)
                + DependencyGraph.array(count, 1) + 48;
    }
}
