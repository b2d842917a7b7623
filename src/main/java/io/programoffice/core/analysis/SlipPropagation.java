package io.programoffice.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Slip propagation: if an issue's finish slips N working days (its remaining work takes N days longer; its start
 * does not move), which issues' early dates move and by how much. Float absorbs the slip: a dependent moves by what
 * is left after the free float along the way, so work with enough float does not move at all, and the project
 * finish moves by {@code max(0, N - total float)}. The slip of a cycle's member slips the whole cycle. Pushes the
 * increase forward from the slipped component only: O(components after it in topological order + dependencies of
 * the moved ones). Stateless and thread-safe.
 */
public final class SlipPropagation {
    private static final Comparator<IssueMove> ORDER = Comparator.comparingInt(IssueMove::days).reversed()
            .thenComparing(IssueMove::key);

    private SlipPropagation() {
    }

    /**
     * What moves when {@code node} slips {@code days} working days in {@code analysis}.
     *
     * @throws IllegalArgumentException for a done issue, a negative slip or an unknown node
     */
    public static SlipImpact slip(DependencyAnalysis analysis, int node, int days) {
        DependencyGraph graph = analysis.graph();
        if (node < 0 || node >= graph.size()) {
            throw new IllegalArgumentException("unknown issue " + node);
        }
        if (graph.isDone(node)) {
            throw new IllegalArgumentException("done issue " + graph.key(node) + " cannot slip");
        }
        if (days < 0 || days > DependencyGraph.MAX_REMAINING) {
            throw new IllegalArgumentException("a slip must be between 0 and " + DependencyGraph.MAX_REMAINING
                    + " working days, not " + days);
        }
        Condensation before = analysis.condensation();
        Schedule schedule = analysis.schedule();
        int c = before.componentOf(node);
        Condensation after = before.withDuration(c, before.duration(c) + days);
        int[] es = schedule.earlyStarts().clone();
        int latest = CriticalPathMethod.pushIncrease(graph, after, es, c);
        WorkingDays calendar = graph.workingDays();
        List<IssueMove> moves = new ArrayList<>();
        for (int k = c; k < es.length; k++) {
            int moved = es[k] - schedule.earlyStart(k);
            int members = before.size(k);
            for (int i = 0; i < members && moved > 0; i++) {
                int u = before.member(k, i);
                int duration = before.duration(k);
                moves.add(new IssueMove(u, graph.key(u), moved, calendar.date(es[k]),
                        calendar.date(duration > 0 ? es[k] + duration - 1L : es[k])));
            }
            if (k == c && days > 0) {
                for (int i = 0; i < members; i++) {
                    int u = before.member(k, i);
                    if (u != node) {
                        int start = es[k];
                        moves.add(new IssueMove(u, graph.key(u), days, calendar.date(start),
                                calendar.date(Math.max(start, start + after.duration(k) - 1L))));
                    }
                }
            }
        }
        moves.sort(ORDER);
        int finish = Math.max(schedule.finish(), latest);
        return new SlipImpact(graph.key(node), days, moves, finish - schedule.finish());
    }
}
