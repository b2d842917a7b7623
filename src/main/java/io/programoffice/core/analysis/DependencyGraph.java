package io.programoffice.core.analysis;

import io.programoffice.core.scheme.DependencyKind;
import io.programoffice.core.scheme.WorkingCalendar;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A program's dependency graph in compact form, the input of every analysis here: issues (nodes numbered 0..n-1 in
 * the order they were added) and dependencies (edges from upstream to dependent, with kind, lag in working days and
 * an optional needed-by date), plus the project start date and the working calendar.
 *
 * <p>Storage is columnar: per issue an id, a key, a project code, the remaining working days, a commitment date (its
 * due date, else its earliest fix version's release date) and flags; edges in compressed sparse rows by upstream
 * (target, kind and lag packed in 16 bits), needed-by dates kept only for the dependencies that have one. About 27
 * bytes per issue and 6 per dependency (plus 8 per needed-by date), strings excluded (keys
 * and project names are shared with the caller). Exact duplicates (same upstream, dependent and kind) are merged
 * keeping the largest lag and the earliest needed-by, so edges are the distinct dependencies. Immutable and
 * thread-safe once built; the builder is not.
 */
public final class DependencyGraph {
    /** Epoch day standing for "no date". */
    static final int NO_DATE = Integer.MIN_VALUE;
    /**
     * Lags are bounded so kind and lag pack into 16 bits (±8,191 working days, about 31 years); remaining work so
     * sums over a whole schedule stay far from int overflow.
     */
    public static final int MAX_LAG = 8_191;
    public static final int MAX_REMAINING = 10_000;

    static final int DONE = 1;
    static final int COMMIT_DUE = 2;
    static final int COMMIT_RELEASE = 4;

    private static final DependencyKind[] KINDS = DependencyKind.values();

    private final WorkingDays workingDays;
    private final long[] ids;
    private final String[] keys;
    private final short[] project;
    private final String[] projects;
    private final int[] remaining;
    private final int[] commitment;
    private final byte[] flags;
    private final int[] edgeStart;
    private final int[] edgeTo;
    private final short[] edgeKindLag;
    /** Edges with a needed-by date, ascending, and their dates (most dependencies have none). */
    private final int[] neededEdges;
    private final int[] neededDates;
    private final int crossProject;

    private DependencyGraph(DependencyGraph g, int[] remaining) {
        this.workingDays = g.workingDays;
        this.ids = g.ids;
        this.keys = g.keys;
        this.project = g.project;
        this.projects = g.projects;
        this.remaining = remaining;
        this.commitment = g.commitment;
        this.flags = g.flags;
        this.edgeStart = g.edgeStart;
        this.edgeTo = g.edgeTo;
        this.edgeKindLag = g.edgeKindLag;
        this.neededEdges = g.neededEdges;
        this.neededDates = g.neededDates;
        this.crossProject = g.crossProject;
    }

    private DependencyGraph(Builder b, int[] edgeStart, int[] edgeTo, short[] edgeKindLag, int[] edgeNeededBy) {
        int n = b.size;
        this.workingDays = new WorkingDays(b.calendar, b.start);
        this.ids = Arrays.copyOf(b.ids, n);
        this.keys = Arrays.copyOf(b.keys, n);
        this.project = new short[n];
        for (int i = 0; i < n; i++) {
            this.project[i] = (short) b.project[i];
        }
        this.projects = b.projectCodes.keySet().toArray(new String[0]);
        b.projectCodes.forEach((name, code) -> projects[code] = name);
        this.remaining = Arrays.copyOf(b.remaining, n);
        this.commitment = Arrays.copyOf(b.commitment, n);
        this.flags = Arrays.copyOf(b.flags, n);
        this.edgeStart = edgeStart;
        this.edgeTo = edgeTo;
        this.edgeKindLag = edgeKindLag;
        int withDate = 0;
        for (int d : edgeNeededBy) {
            withDate += d == NO_DATE ? 0 : 1;
        }
        this.neededEdges = new int[withDate];
        this.neededDates = new int[withDate];
        for (int e = 0, k = 0; e < edgeNeededBy.length; e++) {
            if (edgeNeededBy[e] != NO_DATE) {
                neededEdges[k] = e;
                neededDates[k++] = edgeNeededBy[e];
            }
        }
        int cross = 0;
        for (int u = 0; u < n; u++) {
            int p = project[u];
            for (int e = edgeStart[u], end = edgeStart[u + 1]; e < end; e++) {
                if (project[edgeTo[e]] != p) {
                    cross++;
                }
            }
        }
        this.crossProject = cross;
    }

    /** A builder for a graph scheduled on {@code calendar} from {@code projectStart}. */
    public static Builder builder(WorkingCalendar calendar, LocalDate projectStart) {
        return new Builder(calendar, projectStart);
    }

    /**
     * This graph with {@code node}'s remaining working days replaced (everything else shared): O(issues).
     *
     * @throws IllegalArgumentException when the issue is done or the value is out of range
     */
    public DependencyGraph withRemaining(int node, int days) {
        if (node < 0 || node >= size()) {
            throw new IllegalArgumentException("unknown issue " + node);
        }
        if (isDone(node)) {
            throw new IllegalArgumentException("done issue " + keys[node] + " has no remaining work");
        }
        if (days < 0 || days > MAX_REMAINING) {
            throw new IllegalArgumentException("remaining working days of " + keys[node] + " must be between 0 and "
                    + MAX_REMAINING + ", not " + days);
        }
        int[] r = remaining.clone();
        r[node] = days;
        return new DependencyGraph(this, r);
    }

    /** The calendar numbered from the project start. */
    public WorkingDays workingDays() {
        return workingDays;
    }

    /** The number of issues. */
    public int size() {
        return ids.length;
    }

    /** The number of distinct dependencies. */
    public int edgeCount() {
        return edgeTo.length;
    }

    /** The number of dependencies whose two ends are in different projects. */
    public int crossProjectCount() {
        return crossProject;
    }

    public long id(int node) {
        return ids[node];
    }

    public String key(int node) {
        return keys[node];
    }

    /** The project of {@code node}. */
    public String project(int node) {
        return projects[project[node]];
    }

    /** A code per distinct project (0..projects-1), for quick comparisons. */
    public int projectCode(int node) {
        return project[node];
    }

    /** Remaining working days; 0 for done work. */
    public int remaining(int node) {
        return remaining[node];
    }

    public boolean isDone(int node) {
        return (flags[node] & DONE) != 0;
    }

    /** The due date, else the earliest fix version's release date, else null. */
    public LocalDate commitment(int node) {
        int d = commitment[node];
        return d == NO_DATE ? null : LocalDate.ofEpochDay(d);
    }

    /** Where {@link #commitment(int)} comes from. */
    public DateSource commitmentSource(int node) {
        int f = flags[node];
        return (f & COMMIT_DUE) != 0 ? DateSource.DUE : (f & COMMIT_RELEASE) != 0 ? DateSource.RELEASE : null;
    }

    int commitmentEpoch(int node) {
        return commitment[node];
    }

    /** The first edge of {@code node} (edges of a node are {@code firstEdge(node)..firstEdge(node + 1) - 1}). */
    public int firstEdge(int node) {
        return edgeStart[node];
    }

    /** The dependent end of {@code edge}. */
    public int target(int edge) {
        return edgeTo[edge];
    }

    public DependencyKind kind(int edge) {
        return KINDS[edgeKindLag[edge] & 3];
    }

    /** The lag in working days (negative: a lead). */
    public int lag(int edge) {
        return edgeKindLag[edge] >> 2;
    }

    /** The edge's needed-by date, or null. */
    public LocalDate neededBy(int edge) {
        int d = neededByEpoch(edge);
        return d == NO_DATE ? null : LocalDate.ofEpochDay(d);
    }

    int kindOrdinal(int edge) {
        return edgeKindLag[edge] & 3;
    }

    /** The needed-by epoch day of {@code edge} or {@link #NO_DATE}: O(log dependencies with one). */
    int neededByEpoch(int edge) {
        int k = java.util.Arrays.binarySearch(neededEdges, edge);
        return k >= 0 ? neededDates[k] : NO_DATE;
    }

    /** Edges with a needed-by date, ascending (shared, do not modify). */
    int[] neededEdges() {
        return neededEdges;
    }

    /** Their dates (shared, do not modify). */
    int[] neededDates() {
        return neededDates;
    }

    int[] edgeStart() {
        return edgeStart;
    }

    int[] edgeTo() {
        return edgeTo;
    }

    short[] edgeKindLag() {
        return edgeKindLag;
    }

    /** Heap retained by this graph's arrays (strings excluded), on a 64-bit JVM with compressed oops. */
    public long retainedBytesEstimate() {
        int n = size();
        int m = edgeCount();
        return array(n, 8) + array(n, 4) + array(n, 2) + 2 * array(n, 4) + array(n, 1) + array(n + 1, 4)
                + array(m, 4) + array(m, 2) + 2 * array(neededEdges.length, 4) + array(projects.length, 4)
                + workingDays.retainedBytesEstimate() + 64;
    }

    static long array(long length, int elementBytes) {
        return (16L + length * elementBytes + 7) & ~7L;
    }

    /** Where an expected-finish or needed-by date comes from. */
    public enum DateSource {
        /** The dependency's own needed-by date. */
        NEEDED_BY,
        /** The issue's due date. */
        DUE,
        /** The earliest release date of the issue's fix versions. */
        RELEASE,
        /** The computed early finish. */
        SCHEDULE
    }

    /** Collects issues and dependencies; not thread-safe. Validates every value as it is added. */
    public static final class Builder {
        private final WorkingCalendar calendar;
        private final LocalDate start;
        private final Map<String, Integer> projectCodes = new HashMap<>();
        private int size;
        private long[] ids = new long[16];
        private String[] keys = new String[16];
        private int[] project = new int[16];
        private int[] remaining = new int[16];
        private int[] commitment = new int[16];
        private byte[] flags = new byte[16];
        private int edges;
        private int[] from = new int[16];
        private int[] to = new int[16];
        private int[] kindLag = new int[16];
        private int[] neededBy = new int[16];

        private Builder(WorkingCalendar calendar, LocalDate start) {
            if (calendar == null) {
                throw new IllegalArgumentException("a working calendar is required");
            }
            if (start == null) {
                throw new IllegalArgumentException("a project start date is required");
            }
            this.calendar = calendar;
            this.start = start;
        }

        /**
         * Adds an issue and returns its node number.
         *
         * @param remainingDays remaining working days, 0..{@value #MAX_REMAINING}; must be 0 when done
         * @param due           its due date, or null
         * @param release       the earliest release date of its fix versions, or null
         */
        public int addIssue(long id, String key, String project, int remainingDays, boolean done, LocalDate due,
                            LocalDate release) {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("an issue needs a key");
            }
            if (project == null || project.isBlank()) {
                throw new IllegalArgumentException("issue " + key + " needs a project");
            }
            if (remainingDays < 0 || remainingDays > MAX_REMAINING) {
                throw new IllegalArgumentException("remaining working days of " + key + " must be between 0 and "
                        + MAX_REMAINING + ", not " + remainingDays);
            }
            if (done && remainingDays != 0) {
                throw new IllegalArgumentException("done issue " + key + " has no remaining work, not " + remainingDays);
            }
            if (size == ids.length) {
                int c = size * 2;
                ids = Arrays.copyOf(ids, c);
                keys = Arrays.copyOf(keys, c);
                this.project = Arrays.copyOf(this.project, c);
                remaining = Arrays.copyOf(remaining, c);
                commitment = Arrays.copyOf(commitment, c);
                flags = Arrays.copyOf(flags, c);
            }
            int node = size++;
            ids[node] = id;
            keys[node] = key;
            this.project[node] = projectCodes.computeIfAbsent(project, p -> projectCodes.size());
            if (projectCodes.size() > Short.MAX_VALUE) {
                throw new IllegalArgumentException("a graph can hold at most " + Short.MAX_VALUE + " projects");
            }
            remaining[node] = remainingDays;
            LocalDate commit = due != null ? due : release;
            commitment[node] = commit == null ? NO_DATE : epoch(commit);
            flags[node] = (byte) ((done ? DONE : 0) | (due != null ? COMMIT_DUE : release != null ? COMMIT_RELEASE : 0));
            return node;
        }

        /**
         * Adds a dependency: {@code dependent} depends on {@code upstream}.
         *
         * @param lag      working days, -{@value #MAX_LAG}..{@value #MAX_LAG} (negative: a lead)
         * @param neededBy the date the dependent needs it by, or null
         */
        public Builder addDependency(int upstream, int dependent, DependencyKind kind, int lag, LocalDate neededBy) {
            if (upstream < 0 || upstream >= size || dependent < 0 || dependent >= size) {
                throw new IllegalArgumentException("unknown issue in dependency " + upstream + " -> " + dependent);
            }
            if (upstream == dependent) {
                throw new IllegalArgumentException("issue " + keys[upstream] + " cannot depend on itself");
            }
            if (kind == null) {
                throw new IllegalArgumentException("a dependency needs a kind");
            }
            if (lag < -MAX_LAG || lag > MAX_LAG) {
                throw new IllegalArgumentException("lag must be between -" + MAX_LAG + " and " + MAX_LAG
                        + " working days, not " + lag);
            }
            if (edges == from.length) {
                int c = edges * 2;
                from = Arrays.copyOf(from, c);
                to = Arrays.copyOf(to, c);
                kindLag = Arrays.copyOf(kindLag, c);
                this.neededBy = Arrays.copyOf(this.neededBy, c);
            }
            from[edges] = upstream;
            to[edges] = dependent;
            kindLag[edges] = lag << 2 | kind.ordinal();
            this.neededBy[edges] = neededBy == null ? NO_DATE : epoch(neededBy);
            edges++;
            return this;
        }

        /** The number of issues added so far. */
        public int size() {
            return size;
        }

        /** Builds the graph: O(issues + dependencies), duplicates merged. */
        public DependencyGraph build() {
            int n = size;
            int[] start = new int[n + 1];
            for (int e = 0; e < edges; e++) {
                start[from[e] + 1]++;
            }
            for (int i = 0; i < n; i++) {
                start[i + 1] += start[i];
            }
            int[] fill = Arrays.copyOf(start, n);
            int[] t = new int[edges];
            int[] kl = new int[edges];
            int[] nb = new int[edges];
            for (int e = 0; e < edges; e++) {
                int slot = fill[from[e]]++;
                t[slot] = to[e];
                kl[slot] = kindLag[e];
                nb[slot] = neededBy[e];
            }
            // merge duplicates within each upstream's row (rows are short: insertion sort by target and kind)
            int w = 0;
            int[] newStart = new int[n + 1];
            for (int u = 0; u < n; u++) {
                int lo = start[u];
                int hi = start[u + 1];
                for (int i = lo + 1; i < hi; i++) {
                    int ti = t[i];
                    int ki = kl[i];
                    int ni = nb[i];
                    int j = i - 1;
                    while (j >= lo && (t[j] > ti || t[j] == ti && (kl[j] & 3) > (ki & 3))) {
                        t[j + 1] = t[j];
                        kl[j + 1] = kl[j];
                        nb[j + 1] = nb[j];
                        j--;
                    }
                    t[j + 1] = ti;
                    kl[j + 1] = ki;
                    nb[j + 1] = ni;
                }
                newStart[u] = w;
                for (int i = lo; i < hi; i++) {
                    if (w > newStart[u] && t[w - 1] == t[i] && (kl[w - 1] & 3) == (kl[i] & 3)) {
                        kl[w - 1] = Math.max(kl[w - 1] >> 2, kl[i] >> 2) << 2 | (kl[i] & 3);
                        nb[w - 1] = nb[w - 1] == NO_DATE ? nb[i] : nb[i] == NO_DATE ? nb[w - 1] : Math.min(nb[w - 1], nb[i]);
                    } else {
                        t[w] = t[i];
                        kl[w] = kl[i];
                        nb[w] = nb[i];
                        w++;
                    }
                }
            }
            newStart[n] = w;
            short[] packed = new short[w];
            for (int i = 0; i < w; i++) {
                packed[i] = (short) kl[i];
            }
            return new DependencyGraph(this, newStart, Arrays.copyOf(t, w), packed, Arrays.copyOf(nb, w));
        }

        private static int epoch(LocalDate date) {
            long d = date.toEpochDay();
            if (d <= NO_DATE || d > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("date out of range: " + date);
            }
            return (int) d;
        }
    }
}
