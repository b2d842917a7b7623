package io.programoffice.core.analysis;

import java.util.Arrays;

/**
 * Topological order of the condensation (the graph with each strongly connected component collapsed to one node):
 * components are renumbered 0..count-1 so that every dependency between two components goes from a lower to a higher
 * number and their members are listed together (in node order), with each component's duration and done flag. The
 * passes then walk the components front to back (or back to front) and read each member's own dependency row.
 *
 * <p>The order is the reverse of Tarjan's completion order: {@link TarjanComponents} completes a component only after
 * every component it reaches, so reversing the completion numbers orders the condensation topologically without
 * another traversal (no Kahn in-degree pass). This class is told of each component as it completes and files its
 * members from the end of the member list backwards, so the list comes out in topological order with no sort; the
 * per-component values are reversed once at the end. O(issues) and sequential writes only; keeps about 17 bytes per
 * issue and 9 per component. One instance per analysis, not thread-safe; it passes each completion on to
 * {@code next} (the {@link BackwardPass}).
 */
final class CondensationOrder implements TarjanComponents.Completion {
    private final DependencyGraph graph;
    private final TarjanComponents.Completion next;
    private final int[] members;
    /** By completion number: where the component's members start, its duration, whether it is done. */
    private final int[] blockStart;
    private final int[] duration;
    private final boolean[] done;
    private int free;

    CondensationOrder(DependencyGraph graph, TarjanComponents.Completion next) {
        int n = graph.size();
        this.graph = graph;
        this.next = next;
        this.members = new int[n];
        this.blockStart = new int[n];
        this.duration = new int[n];
        this.done = new boolean[n];
        this.free = n;
    }

    @Override
    public boolean singleIfClosed(int node, int component, int[] marks, int complete) {
        if (!next.singleIfClosed(node, component, marks, complete)) {
            return false;
        }
        members[--free] = node;
        blockStart[component] = free;
        duration[component] = graph.remaining(node);
        done[component] = graph.isDone(node);
        return true;
    }

    @Override
    public void cycle(int[] stack, int from, int to, int component, int[] marks, int mark) {
        int size = to - from;
        free -= size;
        System.arraycopy(stack, from, members, free, size);
        Arrays.sort(members, free, free + size);
        int sum = 0;
        boolean all = true;
        for (int i = from; i < to; i++) {
            sum += graph.remaining(stack[i]);
            all &= graph.isDone(stack[i]);
        }
        blockStart[component] = free;
        duration[component] = sum;
        done[component] = all;
        next.cycle(stack, from, to, component, marks, mark);
    }

    /** The condensation, once the walk that found {@code components} has told this of each of them. */
    Condensation condensation(TarjanComponents.Components components) {
        int count = components.count();
        int[] componentOf = components.componentOf(); // Tarjan's own array: renumbered in place
        for (int v = 0; v < componentOf.length; v++) {
            componentOf[v] = count - 1 - componentOf[v];
        }
        int[] memberStart = new int[count + 1];
        int[] dur = new int[count];
        boolean[] doneC = new boolean[count];
        for (int c = 0; c < count; c++) {
            int t = count - 1 - c;
            memberStart[c] = blockStart[t];
            dur[c] = duration[t];
            doneC[c] = done[t];
        }
        memberStart[count] = members.length;
        return new Condensation(count, componentOf, memberStart, members, dur, doneC);
    }

    /** The condensation of {@code graph}, with {@code completion} told of each component as Tarjan completes it. */
    static Condensation of(DependencyGraph graph, TarjanComponents.Completion completion) {
        CondensationOrder order = new CondensationOrder(graph, completion);
        return order.condensation(TarjanComponents.of(graph, order));
    }
}
