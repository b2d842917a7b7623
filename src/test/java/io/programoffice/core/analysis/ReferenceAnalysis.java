package io.programoffice.core.analysis;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The analysis done the slow, obviously correct way, for property tests on small graphs: components from mutual
 * reachability (a breadth-first search per issue), early and late times by relaxing every dependency until nothing
 * changes, the longest chain by enumerating every path, dates by walking the calendar one day at a time.
 */
final class ReferenceAnalysis {
    final DependencyGraph g;
    final int n;
    final int[] comp; // smallest member of the component
    final int[] dur;
    final boolean[] done;
    final int[] es;
    final int[] lf;
    final int finish;

    ReferenceAnalysis(DependencyGraph g) {
        this(g, -1, 0, 0);
    }

    /** With {@code extraNode}'s component taking {@code extraDays} longer and starting no earlier than {@code minStart}. */
    ReferenceAnalysis(DependencyGraph g, int extraNode, int extraDays, int minStart) {
        this.g = g;
        n = g.size();
        boolean[][] reach = new boolean[n][n];
        for (int s = 0; s < n; s++) {
            ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(s));
            reach[s][s] = true;
            while (!queue.isEmpty()) {
                int u = queue.poll();
                for (int e = g.firstEdge(u); e < g.firstEdge(u + 1); e++) {
                    int v = g.target(e);
                    if (!reach[s][v]) {
                        reach[s][v] = true;
                        queue.add(v);
                    }
                }
            }
        }
        comp = new int[n];
        for (int u = 0; u < n; u++) {
            comp[u] = u;
            for (int v = 0; v < u; v++) {
                if (reach[u][v] && reach[v][u]) {
                    comp[u] = v;
                    break;
                }
            }
        }
        dur = new int[n];
        done = new boolean[n];
        java.util.Arrays.fill(done, true);
        for (int u = 0; u < n; u++) {
            dur[comp[u]] += g.remaining(u);
            done[comp[u]] &= g.isDone(u);
        }
        if (extraNode >= 0) {
            dur[comp[extraNode]] += extraDays;
        }
        es = new int[n];
        if (extraNode >= 0) {
            es[comp[extraNode]] = minStart;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int u = 0; u < n; u++) {
                for (int e = g.firstEdge(u); e < g.firstEdge(u + 1); e++) {
                    int p = comp[u];
                    int s = comp[g.target(e)];
                    if (p == s || done[p] || done[s]) {
                        continue;
                    }
                    int lag = g.lag(e);
                    int b = switch (g.kind(e)) {
                        case FS -> es[p] + dur[p] + lag;
                        case SS -> es[p] + lag;
                        case FF -> es[p] + dur[p] + lag - dur[s];
                        case SF -> es[p] + lag - dur[s];
                    };
                    if (b > es[s]) {
                        es[s] = b;
                        changed = true;
                    }
                }
            }
        }
        int f = 0;
        for (int c = 0; c < n; c++) {
            if (comp[c] == c && !done[c]) {
                f = Math.max(f, es[c] + dur[c]);
            }
        }
        finish = f;
        lf = new int[n];
        for (int c = 0; c < n; c++) {
            lf[c] = done[c] ? 0 : finish;
        }
        changed = true;
        while (changed) {
            changed = false;
            for (int u = 0; u < n; u++) {
                for (int e = g.firstEdge(u); e < g.firstEdge(u + 1); e++) {
                    int p = comp[u];
                    int s = comp[g.target(e)];
                    if (p == s || done[p] || done[s]) {
                        continue;
                    }
                    int lag = g.lag(e);
                    int ls = lf[s] - dur[s];
                    int limit = switch (g.kind(e)) {
                        case FS -> ls - lag;
                        case SS -> ls - lag + dur[p];
                        case FF -> lf[s] - lag;
                        case SF -> lf[s] - lag + dur[p];
                    };
                    if (limit < lf[p]) {
                        lf[p] = limit;
                        changed = true;
                    }
                }
            }
        }
    }

    int earlyStart(int u) {
        return es[comp[u]];
    }

    int earlyFinish(int u) {
        return es[comp[u]] + dur[comp[u]];
    }

    int lateFinish(int u) {
        return lf[comp[u]];
    }

    int totalFloat(int u) {
        return lf[comp[u]] - earlyFinish(u);
    }

    boolean critical(int u) {
        return !done[comp[u]] && totalFloat(u) == 0;
    }

    int freeFloat(int u) {
        int p = comp[u];
        if (done[p]) {
            return 0;
        }
        int free = finish - earlyFinish(u);
        for (int w = 0; w < n; w++) {
            if (comp[w] != p) {
                continue;
            }
            for (int e = g.firstEdge(w); e < g.firstEdge(w + 1); e++) {
                int s = comp[g.target(e)];
                if (s == p || done[s]) {
                    continue;
                }
                int lag = g.lag(e);
                int b = switch (g.kind(e)) {
                    case FS -> es[p] + dur[p] + lag;
                    case SS -> es[p] + lag;
                    case FF -> es[p] + dur[p] + lag - dur[s];
                    case SF -> es[p] + lag - dur[s];
                };
                free = Math.min(free, es[s] - b);
            }
        }
        return free;
    }

    int cycles() {
        int count = 0;
        for (int c = 0; c < n; c++) {
            if (comp[c] == c && size(c) > 1) {
                count++;
            }
        }
        return count;
    }

    int largestCycle() {
        int largest = 0;
        for (int c = 0; c < n; c++) {
            if (comp[c] == c && size(c) > 1) {
                largest = Math.max(largest, size(c));
            }
        }
        return largest;
    }

    private int size(int c) {
        int s = 0;
        for (int u = 0; u < n; u++) {
            s += comp[u] == c ? 1 : 0;
        }
        return s;
    }

    int crossProject() {
        int cross = 0;
        for (int u = 0; u < n; u++) {
            for (int e = g.firstEdge(u); e < g.firstEdge(u + 1); e++) {
                cross += g.project(u).equals(g.project(g.target(e))) ? 0 : 1;
            }
        }
        return cross;
    }

    /** Every path of components, edge by edge. */
    int longestChain() {
        int longest = 0;
        for (int c = 0; c < n; c++) {
            if (comp[c] == c) {
                longest = Math.max(longest, longestFrom(c));
            }
        }
        return longest;
    }

    private int longestFrom(int c) {
        int best = 0;
        for (int u = 0; u < n; u++) {
            if (comp[u] != c) {
                continue;
            }
            for (int e = g.firstEdge(u); e < g.firstEdge(u + 1); e++) {
                int s = comp[g.target(e)];
                if (s != c) {
                    best = Math.max(best, 1 + longestFrom(s));
                }
            }
        }
        return best;
    }

    /** The date of working day {@code day}, walking the calendar. */
    LocalDate date(int day) {
        LocalDate d = g.workingDays().start();
        while (!g.workingDays().isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        for (int i = 0; i < day; i++) {
            d = d.plusDays(1);
            while (!g.workingDays().isWorkingDay(d)) {
                d = d.plusDays(1);
            }
        }
        return d;
    }

    /** "UP>DOWN expected needed days" for each late dependency. */
    Set<String> late() {
        Set<String> late = new HashSet<>();
        for (int u = 0; u < n; u++) {
            for (int e = g.firstEdge(u); e < g.firstEdge(u + 1); e++) {
                int v = g.target(e);
                if (g.isDone(u) || g.isDone(v)) {
                    continue;
                }
                LocalDate expected = g.commitment(u);
                if (expected == null) {
                    expected = date(g.remaining(u) > 0 || dur[comp[u]] > 0
                            ? Math.max(earlyStart(u), earlyFinish(u) - 1) : earlyStart(u));
                }
                LocalDate needed = g.neededBy(e) != null ? g.neededBy(e) : g.commitment(v);
                if (needed == null) {
                    continue;
                }
                int days = 0;
                for (LocalDate d = needed.plusDays(1); !d.isAfter(expected); d = d.plusDays(1)) {
                    days += g.workingDays().isWorkingDay(d) ? 1 : 0;
                }
                if (days > 0) {
                    late.add(g.key(u) + ">" + g.key(v) + ":" + g.kind(e) + " " + expected + " " + needed + " " + days);
                }
            }
        }
        return late;
    }

    List<String> keysOf(List<Integer> nodes) {
        List<String> keys = new ArrayList<>();
        nodes.forEach(u -> keys.add(g.key(u)));
        return keys;
    }
}
