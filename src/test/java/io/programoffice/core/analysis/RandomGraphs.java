package io.programoffice.core.analysis;

import io.programoffice.core.scheme.DependencyKind;
import io.programoffice.core.scheme.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.SplittableRandom;
import java.util.TreeSet;

/** Seeded random dependency graphs: small dense ones for property tests, large program-like ones for benchmarks. */
public final class RandomGraphs {
    public static final LocalDate START = LocalDate.of(2026, 11, 30);
    public static final int PROJECTS = 20;
    /** Program-like graphs put issues on this many levels and link mostly to the next one or two. */
    public static final int LEVELS = 40;
    /** One issue in this many is kept for the small cycles. */
    private static final int CYCLE_EVERY = 100;

    private RandomGraphs() {
    }

    /** A random Monday-Friday calendar with a few holidays, or a 4-day or 6-day week, by seed. */
    static WorkingCalendar calendar(SplittableRandom r) {
        EnumSet<DayOfWeek> days = switch (r.nextInt(3)) {
            case 0 -> EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
            case 1 -> EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
            default -> EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
        };
        TreeSet<LocalDate> holidays = new TreeSet<>();
        int count = r.nextInt(6);
        for (int i = 0; i < count; i++) {
            holidays.add(START.plusDays(r.nextInt(-20, 60)));
        }
        return new WorkingCalendar(days, holidays);
    }

    /** {@code n} issues, about {@code m} dependencies between any two of them (cycles likely), varied dates. */
    static DependencyGraph small(long seed, int n, int m) {
        SplittableRandom r = new SplittableRandom(seed);
        DependencyGraph.Builder b = DependencyGraph.builder(calendar(r), START.plusDays(r.nextInt(7)));
        for (int i = 0; i < n; i++) {
            boolean done = r.nextInt(6) == 0;
            b.addIssue(i, "K-" + i, "P" + r.nextInt(3), done ? 0 : r.nextInt(6), done, date(r, 4), date(r, 4));
        }
        for (int j = 0; j < m && n > 1; j++) {
            int u = r.nextInt(n);
            int v = r.nextInt(n - 1);
            v = v >= u ? v + 1 : v;
            b.addDependency(u, v, DependencyKind.values()[r.nextInt(4)], r.nextInt(-3, 5), date(r, 3));
        }
        return b.build();
    }

    private static LocalDate date(SplittableRandom r, int oneIn) {
        return r.nextInt(oneIn) == 0 ? START.plusDays(r.nextInt(-5, 40)) : null;
    }

    /**
     * A program-like graph: {@code issues} issues in {@link #PROJECTS} projects (remaining 0-10 days, a tenth done,
     * a fifth with a due date, a third with a release date), {@code links} dependencies between {@link #LEVELS} levels
     * of issues (most to the next one or two levels, a fifth further; FS 70%, SS 15%, FF 10%, SF 5%, lags -2..5 with 0
     * most often, a tenth with needed-by), plus cycles of two or three issues (one issue in
     * 100 is kept for them) entered from an earlier level and leaving to a later one. Monday-Friday with ten holidays.
     */
    public static DependencyGraph program(long seed, int issues, int links) {
        return program(seed, issues, links, new String[issues]);
    }

    /** As {@link #program(long, int, int)}, the keys made once and kept in {@code keys} (so they exist before). */
    public static DependencyGraph program(long seed, int issues, int links, String[] keys) {
        SplittableRandom r = new SplittableRandom(seed);
        TreeSet<LocalDate> holidays = new TreeSet<>();
        for (int i = 0; i < 10; i++) {
            holidays.add(START.plusDays(r.nextInt(0, 365)));
        }
        WorkingCalendar calendar = new WorkingCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), holidays);
        DependencyGraph.Builder b = DependencyGraph.builder(calendar, START);
        String[] projects = new String[PROJECTS];
        for (int p = 0; p < PROJECTS; p++) {
            projects[p] = "P" + p;
        }
        for (int i = 0; i < issues; i++) {
            int p = r.nextInt(PROJECTS);
            if (keys[i] == null) {
                keys[i] = projects[p] + "-" + (i + 1);
            }
            boolean done = r.nextInt(10) == 0;
            LocalDate due = r.nextInt(5) == 0 ? START.plusDays(r.nextInt(20, 400)) : null;
            LocalDate release = r.nextInt(3) == 0 ? START.plusDays(r.nextInt(30, 500)) : null;
            b.addIssue(10_000L + i, keys[i], projects[p], done ? 0 : r.nextInt(11), done, due, release);
        }
        DependencyKind[] kinds = DependencyKind.values();
        int perLevel = Math.max(1, issues / LEVELS);
        for (int j = 0; j < links; ) {
            int u = r.nextInt(issues);
            int level = Math.min(LEVELS - 1, u / perLevel);
            int to;
            if (level == LEVELS - 1) {
                continue;
            } else if (r.nextInt(5) == 0) {
                to = level + 1 + r.nextInt(LEVELS - 1 - level);
            } else {
                to = Math.min(LEVELS - 1, level + 1 + r.nextInt(2));
            }
            int v = Math.min(issues - 1, to * perLevel + r.nextInt(perLevel));
            if (v == u) {
                continue;
            }
            int k = r.nextInt(20);
            DependencyKind kind = kinds[k < 14 ? 0 : k < 17 ? 1 : k < 19 ? 2 : 3];
            int lag = r.nextInt(3) == 0 ? r.nextInt(-2, 6) : 0;
            LocalDate needed = r.nextInt(10) == 0 ? START.plusDays(r.nextInt(10, 300)) : null;
            if (u % CYCLE_EVERY == CYCLE_EVERY - 1 || v % CYCLE_EVERY == CYCLE_EVERY - 1) {
                continue; // issues kept for the cycles
            }
            b.addDependency(u, v, kind, lag, needed);
            j++;
        }
        // cycles of two and three issues among the kept ones, each entered from an earlier level and leaving to a
        // later one, so they never merge into a larger component
        for (int c = CYCLE_EVERY - 1; c + 2 * CYCLE_EVERY < issues; c += 3 * CYCLE_EVERY) {
            int a = c;
            int m = c + CYCLE_EVERY;
            int z = r.nextInt(3) == 0 ? c + 2 * CYCLE_EVERY : m;
            b.addDependency(a, m, DependencyKind.FS, 0, null);
            if (z != m) {
                b.addDependency(m, z, DependencyKind.SS, 1, null);
            }
            b.addDependency(z, a, DependencyKind.FS, 0, null);
            b.addDependency(a - 1 - r.nextInt(50), a, DependencyKind.FS, 0, null);
            int level = Math.min(LEVELS - 1, z / perLevel);
            if (level + 1 < LEVELS) {
                int out = Math.min(issues - 1, (level + 1) * perLevel + r.nextInt(perLevel));
                if (out % CYCLE_EVERY != CYCLE_EVERY - 1) {
                    b.addDependency(z, out, DependencyKind.FS, 0, null);
                }
            }
        }
        return b.build();
    }

    /**
     * The same graph with its issues numbered in a random order (seeded): the same issues, dependencies and dates, so
     * the same analysis, but no numbering in dependency order for the passes to profit from.
     */
    public static DependencyGraph renumbered(DependencyGraph g, long seed) {
        int n = g.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        DependencyGraph.Builder b = DependencyGraph.builder(g.workingDays().calendar(), g.workingDays().start());
        int[] node = new int[n];
        for (int u : order) {
            DependencyGraph.DateSource source = g.commitmentSource(u);
            node[u] = b.addIssue(g.id(u), g.key(u), g.project(u), g.remaining(u), g.isDone(u),
                    source == DependencyGraph.DateSource.DUE ? g.commitment(u) : null,
                    source == DependencyGraph.DateSource.RELEASE ? g.commitment(u) : null);
        }
        for (int u : order) {
            for (int e = g.firstEdge(u), end = g.firstEdge(u + 1); e < end; e++) {
                b.addDependency(node[u], node[g.target(e)], g.kind(e), g.lag(e), g.neededBy(e));
            }
        }
        return b.build();
    }
}
