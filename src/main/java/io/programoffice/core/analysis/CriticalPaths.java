package io.programoffice.core.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Critical issues and critical chains. A critical issue is not done and has no total float (a cycle's members share
 * their component's schedule). A dependency is tight when it sets its dependent's early start; a chain is a path of
 * tight dependencies between critical components from one that none enters to one that leads nowhere (it finishes
 * with the project). Chains cover every critical issue: for the first critical component (in topological order) no
 * chain holds yet, the chain runs back through the first tight predecessor of each component to a start, then on
 * through the first tight dependent not yet covered (else the first one) to the end. Chains may share parts; a
 * cycle's members are listed together in node order. O(issues + dependencies) per chain. Stateless and thread-safe.
 */
public final class CriticalPaths {
    private CriticalPaths() {
    }

    /**
     * The critical issues' keys by early start, then by the first issue of their component in graph order (members of
     * a cycle together, in node order).
     */
    public static List<String> criticalKeys(DependencyGraph graph, Condensation condensation, Schedule schedule) {
        long[] order = new long[16];
        int count = 0;
        for (int c = 0; c < condensation.count(); c++) {
            if (schedule.isCritical(c)) {
                if (count == order.length) {
                    order = java.util.Arrays.copyOf(order, count * 2);
                }
                order[count++] = (long) schedule.earlyStart(c) << 32 | condensation.member(c, 0);
            }
        }
        java.util.Arrays.sort(order, 0, count);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            addMembers(graph, condensation, condensation.componentOf((int) order[i]), keys);
        }
        return keys;
    }

    /** The critical chains as key lists, in topological order of the first critical issue each one adds. */
    public static List<List<String>> chains(DependencyGraph graph, Condensation condensation, Schedule schedule) {
        int count = condensation.count();
        int[] previous = new int[count];
        java.util.Arrays.fill(previous, -1);
        for (int c = 0; c < count; c++) {
            if (schedule.isCritical(c)) {
                int from = c;
                forEachTight(graph, condensation, schedule, c, d -> {
                    if (previous[d] < 0) {
                        previous[d] = from;
                    }
                });
            }
        }
        boolean[] covered = new boolean[count];
        List<List<String>> chains = new ArrayList<>();
        int[] best = new int[2];
        for (int c = 0; c < count; c++) {
            if (!schedule.isCritical(c) || covered[c]) {
                continue;
            }
            List<Integer> path = new ArrayList<>();
            for (int k = c; k >= 0; k = previous[k]) {
                path.add(k);
            }
            java.util.Collections.reverse(path);
            for (int k = c; ; ) {
                best[0] = -1; // first uncovered tight successor
                best[1] = -1; // first tight successor
                forEachTight(graph, condensation, schedule, k, d -> {
                    if (!covered[d] && (best[0] < 0 || d < best[0])) {
                        best[0] = d;
                    }
                    if (best[1] < 0 || d < best[1]) {
                        best[1] = d;
                    }
                });
                k = best[0] >= 0 ? best[0] : best[1];
                if (k < 0) {
                    break;
                }
                path.add(k);
            }
            List<String> chain = new ArrayList<>();
            for (int k : path) {
                covered[k] = true;
                addMembers(graph, condensation, k, chain);
            }
            chains.add(List.copyOf(chain));
        }
        return List.copyOf(chains);
    }

    /** Calls {@code action} with each critical component a tight dependency from critical {@code c} leads to. */
    private static void forEachTight(DependencyGraph graph, Condensation condensation, Schedule schedule, int c,
                                     java.util.function.IntConsumer action) {
        int[] comp = condensation.componentOf();
        int esc = schedule.earlyStart(c);
        int efc = schedule.earlyFinish(c);
        for (int i = 0, size = condensation.size(c); i < size; i++) {
            int u = condensation.member(c, i);
            for (int e = graph.firstEdge(u), end = graph.firstEdge(u + 1); e < end; e++) {
                int d = comp[graph.target(e)];
                if (d != c && schedule.isCritical(d) && CriticalPathMethod.bound(graph.edgeKindLag()[e], esc, efc,
                        condensation.duration(d)) == schedule.earlyStart(d)) {
                    action.accept(d);
                }
            }
        }
    }

    private static void addMembers(DependencyGraph graph, Condensation condensation, int c, List<String> keys) {
        for (int i = 0, size = condensation.size(c); i < size; i++) {
            keys.add(graph.key(condensation.member(c, i)));
        }
    }
}
