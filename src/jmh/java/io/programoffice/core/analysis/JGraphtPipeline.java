package io.programoffice.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DirectedMultigraph;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * The baseline: the same pipeline as {@link DependencyAnalysis} written the usual way on JGraphT. Strongly connected
 * components by {@link KosarajuStrongConnectivityInspector}, the condensation built directly as a
 * {@link DirectedMultigraph} of component numbers (JGraphT's {@code getCondensation()} is quadratic when most
 * components are single issues), {@link TopologicalOrderIterator} over it, forward and backward passes pulling over
 * {@code incomingEdgesOf}/{@code outgoingEdgesOf}, late dependencies over {@code edgeSet()} (found, not described, as
 * in the analysis). Values live in int
 * arrays indexed by component (kinder to the baseline than maps). Same rules, same results (checked by the benchmark
 * at setup).
 */
final class JGraphtPipeline {
    /** A dependency as a JGraphT edge object (distinct by value: the graph's dependencies are distinct). */
    record Dep(int from, int to, int kindLag, int neededBy) {
    }

    /** A dependency between two components (identity equality: JGraphT keeps edges in hash maps). */
    static final class CondDep {
        private final int kindLag;

        CondDep(int kindLag) {
            this.kindLag = kindLag;
        }

        int kindLag() {
            return kindLag;
        }
    }

    /** What the pipeline returns: enough to compare with {@link DependencyAnalysis}. */
    record Result(int components, int finish, int critical, List<Dep> late, int[] daysLate) {
    }

    private JGraphtPipeline() {
    }

    /** The dependency graph as a JGraphT multigraph over node numbers. */
    static Graph<Integer, Dep> toJGrapht(DependencyGraph g) {
        Graph<Integer, Dep> graph = new DirectedMultigraph<>(null, null, false);
        for (int u = 0; u < g.size(); u++) {
            graph.addVertex(u);
        }
        for (int u = 0; u < g.size(); u++) {
            for (int e = g.firstEdge(u); e < g.firstEdge(u + 1); e++) {
                graph.addEdge(u, g.target(e), new Dep(u, g.target(e), g.edgeKindLag()[e], g.neededByEpoch(e)));
            }
        }
        return graph;
    }

    static Result run(DependencyGraph g, Graph<Integer, Dep> graph) {
        int n = g.size();
        List<Set<Integer>> sets = new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets();
        int count = sets.size();
        int[] comp = new int[n];
        int[] dur = new int[count];
        boolean[] done = new boolean[count];
        for (int c = 0; c < count; c++) {
            boolean allDone = true;
            for (int u : sets.get(c)) {
                comp[u] = c;
                dur[c] += g.remaining(u);
                allDone &= g.isDone(u);
            }
            done[c] = allDone;
        }
        Graph<Integer, CondDep> condensation = new DirectedMultigraph<>(null, null, false);
        for (int c = 0; c < count; c++) {
            condensation.addVertex(c);
        }
        for (Dep d : graph.edgeSet()) {
            int a = comp[d.from()];
            int b = comp[d.to()];
            if (a != b) {
                condensation.addEdge(a, b, new CondDep(d.kindLag()));
            }
        }
        int[] order = new int[count];
        int k = 0;
        TopologicalOrderIterator<Integer, CondDep> it = new TopologicalOrderIterator<>(condensation);
        while (it.hasNext()) {
            order[k++] = it.next();
        }
        int[] es = new int[count];
        int finish = 0;
        for (int c : order) {
            if (done[c]) {
                continue;
            }
            int start = 0;
            for (CondDep d : condensation.incomingEdgesOf(c)) {
                int p = condensation.getEdgeSource(d);
                if (!done[p]) {
                    start = Math.max(start, CriticalPathMethod.bound(d.kindLag(), es[p], es[p] + dur[p], dur[c]));
                }
            }
            es[c] = start;
            finish = Math.max(finish, start + dur[c]);
        }
        int[] lf = new int[count];
        int critical = 0;
        for (int i = count - 1; i >= 0; i--) {
            int c = order[i];
            if (done[c]) {
                continue;
            }
            int late = finish;
            for (CondDep d : condensation.outgoingEdgesOf(c)) {
                int s = condensation.getEdgeTarget(d);
                if (done[s]) {
                    continue;
                }
                int kind = d.kindLag() & 3;
                int ref = (kind >= 2 ? lf[s] : lf[s] - dur[s]) - (d.kindLag() >> 2) + ((kind & 1) != 0 ? dur[c] : 0);
                late = Math.min(late, ref);
            }
            lf[c] = late;
            if (late - es[c] - dur[c] == 0) {
                critical += sets.get(c).size();
            }
        }
        WorkingDays days = g.workingDays();
        List<Dep> late = new ArrayList<>();
        int[] daysLate = new int[16];
        for (Dep d : graph.edgeSet()) {
            int u = d.from();
            int v = d.to();
            if (g.isDone(u) || g.isDone(v)) {
                continue;
            }
            long expected = g.commitmentEpoch(u);
            if (expected == DependencyGraph.NO_DATE) {
                int c = comp[u];
                expected = days.epochDay(dur[c] > 0 ? es[c] + dur[c] - 1L : es[c]);
            }
            long needed = d.neededBy() != DependencyGraph.NO_DATE ? d.neededBy() : g.commitmentEpoch(v);
            if (needed == DependencyGraph.NO_DATE || expected <= needed) {
                continue;
            }
            long lateBy = days.dayOfEpoch(expected + 1) - days.dayOfEpoch(needed + 1);
            if (lateBy > 0) {
                if (late.size() == daysLate.length) {
                    daysLate = java.util.Arrays.copyOf(daysLate, daysLate.length * 2);
                }
                daysLate[late.size()] = (int) lateBy;
                late.add(d);
            }
        }
        return new Result(count, finish, critical, late, daysLate);
    }
}
