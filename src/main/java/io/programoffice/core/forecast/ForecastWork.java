package io.programoffice.core.forecast;

import java.util.Arrays;

/**
 * The remaining work a milestone forecast simulates: the milestone's open issues and the open issues upstream of
 * them (their work delays it), each with its team (an index into the forecast's throughputs), its size in the unit
 * the throughputs count (1 per issue, or its estimate) and the dependencies between them. Issues without any
 * dependency here are kept only as a total per team, since the simulation treats them alike; the others individually,
 * with their dependents in compressed rows. Immutable once built; the builder is not thread-safe.
 */
public final class ForecastWork {
    final int teams;
    /** Per team: the total size of its issues without dependencies (all in the milestone). */
    final double[] pooled;
    /** Per team: how many of its issues are simulated (all but those outside the milestone nothing waits on). */
    final int[] issuesPerTeam;
    /** The issues with dependencies, numbered 0..linked-1 in the order they were added. */
    final int linked;
    final int[] team;
    final double[] size;
    final boolean[] inMilestone;
    final int[] dependentStart;
    final int[] dependents;
    final int[] upstreamCount;
    final int milestoneIssues;
    /** Dependencies left out because they lie on or after a cycle (which would never start). */
    final int ignoredDependencies;

    private ForecastWork(Builder b) {
        int n = b.size;
        boolean[] keep = acyclicEdges(b);
        int[] out = new int[n];
        int[] in = new int[n];
        int ignored = 0;
        for (int e = 0; e < b.edges; e++) {
            if (keep[e]) {
                out[b.from[e]]++;
                in[b.to[e]]++;
            } else {
                ignored++;
            }
        }
        this.ignoredDependencies = ignored;
        this.teams = b.teams;
        this.pooled = new double[teams];
        this.issuesPerTeam = new int[teams];
        int[] linkedOf = new int[n];
        int count = 0;
        int milestone = 0;
        for (int i = 0; i < n; i++) {
            milestone += b.inMilestone[i] ? 1 : 0;
            if (out[i] == 0 && in[i] == 0) {
                linkedOf[i] = -1;
                if (b.inMilestone[i]) { // one outside the milestone that nothing here waits on delays nothing
                    pooled[b.team[i]] += b.issueSize[i];
                    issuesPerTeam[b.team[i]]++;
                }
            } else {
                issuesPerTeam[b.team[i]]++;
                linkedOf[i] = count++;
            }
        }
        this.milestoneIssues = milestone;
        this.linked = count;
        this.team = new int[count];
        this.size = new double[count];
        this.inMilestone = new boolean[count];
        this.upstreamCount = new int[count];
        this.dependentStart = new int[count + 1];
        for (int i = 0; i < n; i++) {
            int l = linkedOf[i];
            if (l >= 0) {
                team[l] = b.team[i];
                size[l] = b.issueSize[i];
                inMilestone[l] = b.inMilestone[i];
                upstreamCount[l] = in[i];
                dependentStart[l + 1] = out[i];
            }
        }
        for (int l = 0; l < count; l++) {
            dependentStart[l + 1] += dependentStart[l];
        }
        this.dependents = new int[b.edges - ignored];
        int[] fill = Arrays.copyOf(dependentStart, count);
        for (int e = 0; e < b.edges; e++) {
            if (keep[e]) {
                dependents[fill[linkedOf[b.from[e]]]++] = linkedOf[b.to[e]];
            }
        }
    }

    /**
     * Which dependencies to keep: those whose upstream Kahn's algorithm reaches (all its upstreams finish first).
     * Dependencies out of an issue on a cycle, or downstream of one, are left out, so every issue can start.
     */
    private static boolean[] acyclicEdges(Builder b) {
        int n = b.size;
        int[] start = new int[n + 1];
        for (int e = 0; e < b.edges; e++) {
            start[b.from[e] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] edgeOf = new int[b.edges];
        int[] fill = Arrays.copyOf(start, n);
        int[] in = new int[n];
        for (int e = 0; e < b.edges; e++) {
            edgeOf[fill[b.from[e]]++] = e;
            in[b.to[e]]++;
        }
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (in[i] == 0) {
                queue[tail++] = i;
            }
        }
        boolean[] keep = new boolean[b.edges];
        while (head < tail) {
            int u = queue[head++];
            for (int r = start[u]; r < start[u + 1]; r++) {
                int e = edgeOf[r];
                keep[e] = true;
                if (--in[b.to[e]] == 0) {
                    queue[tail++] = b.to[e];
                }
            }
        }
        return keep;
    }

    /** The issues with dependencies that wait on none, in order (a simulation's first ready issues). */
    int[] initiallyReady() {
        int ready = 0;
        for (int l = 0; l < linked; l++) {
            ready += upstreamCount[l] == 0 ? 1 : 0;
        }
        int[] out = new int[ready];
        for (int l = 0, r = 0; l < linked; l++) {
            if (upstreamCount[l] == 0) {
                out[r++] = l;
            }
        }
        return out;
    }

    /** A builder for work done by {@code teams} teams. */
    public static Builder builder(int teams) {
        return new Builder(teams);
    }

    /** The number of teams. */
    public int teams() {
        return teams;
    }

    /** The number of the milestone's open issues. */
    public int milestoneIssues() {
        return milestoneIssues;
    }

    /** Dependencies left out because they lie on or after a cycle. */
    public int ignoredDependencies() {
        return ignoredDependencies;
    }

    /** The number of {@code team}'s issues the simulation works on. */
    public int issues(int team) {
        return issuesPerTeam[team];
    }

    /** Collects issues and dependencies, validating each. */
    public static final class Builder {
        private final int teams;
        private int size;
        private int[] team = new int[16];
        private double[] issueSize = new double[16];
        private boolean[] inMilestone = new boolean[16];
        private int edges;
        private int[] from = new int[16];
        private int[] to = new int[16];

        private Builder(int teams) {
            if (teams < 1) {
                throw new IllegalArgumentException("a forecast needs at least one team");
            }
            this.teams = teams;
        }

        /**
         * Adds an open issue and returns its number.
         *
         * @param team        its team, 0..teams-1
         * @param size        its size in the throughputs' unit, more than 0
         * @param inMilestone whether it is in the milestone (false: only upstream of it)
         */
        public int addIssue(int team, double size, boolean inMilestone) {
            if (team < 0 || team >= teams) {
                throw new IllegalArgumentException("unknown team " + team);
            }
            if (!(size > 0) || Double.isInfinite(size)) {
                throw new IllegalArgumentException("an issue's size must be more than 0, not " + size);
            }
            if (this.size == this.team.length) {
                int c = this.size * 2;
                this.team = Arrays.copyOf(this.team, c);
                issueSize = Arrays.copyOf(issueSize, c);
                this.inMilestone = Arrays.copyOf(this.inMilestone, c);
            }
            this.team[this.size] = team;
            issueSize[this.size] = size;
            this.inMilestone[this.size] = inMilestone;
            return this.size++;
        }

        /** {@code dependent}'s work cannot start before {@code upstream} is done. */
        public Builder addDependency(int upstream, int dependent) {
            if (upstream < 0 || upstream >= size || dependent < 0 || dependent >= size) {
                throw new IllegalArgumentException("unknown issue in dependency " + upstream + " -> " + dependent);
            }
            if (upstream == dependent) {
                throw new IllegalArgumentException("an issue cannot depend on itself");
            }
            if (edges == from.length) {
                from = Arrays.copyOf(from, edges * 2);
                to = Arrays.copyOf(to, edges * 2);
            }
            from[edges] = upstream;
            to[edges] = dependent;
            edges++;
            return this;
        }

        public ForecastWork build() {
            return new ForecastWork(this);
        }
    }
}
