package io.programoffice.core.forecast;

import java.util.Arrays;

/**
 * The remaining work a milestone forecast simulates: the milestone's open issues and the open issues upstream of
 * them (their work delays it), each with its team (an index into the forecast's throughputs), its size in the unit
 * the throughputs count (1 per issue, or its estimate) and the dependencies between them. Issues without any
 * dependency here are kept only as a total per team, since the simulation treats them alike; the others individually,
 * with their dependents in compressed rows. Sizes are kept in thousandths of the unit ({@link #UNIT}), so that every
 * sum is exact. Immutable once built; the builder is not thread-safe.
 */
public final class ForecastWork {
    /** Sizes and throughputs are counted in thousandths of the unit. */
    static final long UNIT = 1000;

    final int teams;
    /** Per team: the total size of its issues without dependencies (all in the milestone). */
    final long[] pooled;
    /** Per team: everything the simulation gives it to do, pooled or not. */
    final long[] total;
    /** Per team: how many of its issues are simulated (all but those outside the milestone nothing waits on). */
    final int[] issuesPerTeam;
    /** The issues with dependencies, numbered 0..linked-1 in the order they were added. */
    final int linked;
    final int[] team;
    final long[] size;
    final boolean[] inMilestone;
    /** Every issue's dependents, and every issue's upstream issues, in compressed rows. */
    final int[] dependentStart;
    final int[] dependents;
    final int[] upstreamStart;
    final int[] upstreams;
    final int[] upstreamCount;
    /** Per team, the issues others wait on that wait on nothing, in order: {@code roots[rootStart[t]..rootStart[t+1]]}. */
    final int[] rootStart;
    final int[] roots;
    /** Per team: the total size of its issues others wait on that wait on none; per such issue, that total up to it. */
    final long[] rootTotal;
    final long[] rootReach;
    /**
     * The issues whose finishing day every trial needs, numbered {@code 0..hot-1} apart (so that a trial's work on
     * them stays in the processor's nearest cache): first the {@code hotRoots} that wait on none and have dependents
     * others wait on, by team in order, then those others wait on that wait on some, in issue order. Per such issue:
     * its issue number, team, size, upstream issues, for the first ones the size of their team's issues up to them
     * ({@link #rootReach}), and its dependents others wait on, as these numbers, in compressed rows.
     */
    final int hot;
    final int hotRoots;
    final int[] hotOf;
    final int[] hotLinked;
    final int[] hotTeam;
    final long[] hotSize;
    final int[] hotUpstreamCount;
    final long[] hotRootReach;
    final int[] hotDependentStart;
    final int[] hotDependents;
    /** Per team: its work ready from the start (without dependencies, or waiting on none). */
    final long[] early;
    /** Per team, the issues that wait on some: {@code late[lateStart[t]..lateStart[t+1]]}. */
    final int[] lateStart;
    final int[] late;
    /** Per team, the teams of the issues those wait on: {@code upstreamTeams[upstreamTeamStart[t]..]}. */
    final int[] upstreamTeamStart;
    final int[] upstreamTeams;
    final int milestoneIssues;
    /** Dependencies left out because they lie on or after a cycle (which would never start). */
    final int ignoredDependencies;

    private ForecastWork(Builder b) {
        int n = b.size;
        boolean[] keep = acyclicEdges(b);
        int ignored = 0;
        for (int e = 0; e < b.edges; e++) {
            ignored += keep[e] ? 0 : 1;
        }
        this.ignoredDependencies = ignored;
        boolean[] needed = leadingToTheMilestone(b, keep);
        int[] out = new int[n];
        int[] in = new int[n];
        for (int e = 0; e < b.edges; e++) {
            if (keep[e] && needed[b.to[e]]) { // then the upstream end is needed too
                out[b.from[e]]++;
                in[b.to[e]]++;
            } else {
                keep[e] = false;
            }
        }
        this.teams = b.teams;
        this.pooled = new long[teams];
        this.total = new long[teams];
        this.issuesPerTeam = new int[teams];
        int[] linkedOf = new int[n];
        int count = 0;
        int milestone = 0;
        for (int i = 0; i < n; i++) {
            milestone += b.inMilestone[i] ? 1 : 0;
            long units = units(b.issueSize[i]);
            if (out[i] == 0 && in[i] == 0) {
                linkedOf[i] = -1;
                if (b.inMilestone[i]) { // one outside the milestone that nothing here waits on delays nothing
                    pooled[b.team[i]] += units;
                    total[b.team[i]] += units;
                    issuesPerTeam[b.team[i]]++;
                }
            } else {
                issuesPerTeam[b.team[i]]++;
                total[b.team[i]] += units;
                linkedOf[i] = count++;
            }
        }
        this.milestoneIssues = milestone;
        this.linked = count;
        this.team = new int[count];
        this.size = new long[count];
        this.inMilestone = new boolean[count];
        this.upstreamCount = new int[count];
        this.dependentStart = new int[count + 1];
        this.upstreamStart = new int[count + 1];
        for (int i = 0; i < n; i++) {
            int l = linkedOf[i];
            if (l >= 0) {
                team[l] = b.team[i];
                size[l] = units(b.issueSize[i]);
                inMilestone[l] = b.inMilestone[i];
                upstreamCount[l] = in[i];
                dependentStart[l + 1] = out[i];
                upstreamStart[l + 1] = in[i];
            }
        }
        for (int l = 0; l < count; l++) {
            dependentStart[l + 1] += dependentStart[l];
            upstreamStart[l + 1] += upstreamStart[l];
        }
        int kept = dependentStart[count];
        this.dependents = new int[kept];
        this.upstreams = new int[kept];
        int[] fillOut = Arrays.copyOf(dependentStart, count);
        int[] fillIn = Arrays.copyOf(upstreamStart, count);
        for (int e = 0; e < b.edges; e++) {
            if (keep[e]) {
                int u = linkedOf[b.from[e]];
                int v = linkedOf[b.to[e]];
                dependents[fillOut[u]++] = v;
                upstreams[fillIn[v]++] = u;
            }
        }
        this.rootStart = new int[teams + 1];
        for (int l = 0; l < count; l++) {
            if (dependentStart[l] < dependentStart[l + 1] && upstreamCount[l] == 0) {
                rootStart[team[l] + 1]++;
            }
        }
        for (int t = 0; t < teams; t++) {
            rootStart[t + 1] += rootStart[t];
        }
        this.roots = new int[rootStart[teams]];
        int[] fillRoot = Arrays.copyOf(rootStart, teams);
        for (int l = 0; l < count; l++) {
            if (dependentStart[l] < dependentStart[l + 1] && upstreamCount[l] == 0) {
                roots[fillRoot[team[l]]++] = l;
            }
        }
        this.rootTotal = new long[teams];
        this.rootReach = new long[count];
        for (int t = 0; t < teams; t++) {
            for (int r = rootStart[t]; r < rootStart[t + 1]; r++) {
                rootTotal[t] += size[roots[r]];
                rootReach[roots[r]] = rootTotal[t];
            }
        }
        // the issues a trial always times: those others wait on whose dependents others wait on in turn, or that
        // wait on some (first the former that wait on none, by team in order, then the latter in issue order)
        this.hotOf = new int[count];
        Arrays.fill(hotOf, -1);
        int h = 0;
        for (int l : roots) {
            if (waitedOnDependent(l)) {
                hotOf[l] = h++;
            }
        }
        this.hotRoots = h;
        for (int l = 0; l < count; l++) {
            if (upstreamCount[l] > 0 && dependentStart[l] < dependentStart[l + 1]) {
                hotOf[l] = h++;
            }
        }
        this.hot = h;
        this.hotLinked = new int[h];
        this.hotTeam = new int[h];
        this.hotSize = new long[h];
        this.hotUpstreamCount = new int[h];
        this.hotRootReach = new long[hotRoots];
        this.hotDependentStart = new int[h + 1];
        for (int l = 0; l < count; l++) {
            int x = hotOf[l];
            if (x >= 0) {
                hotLinked[x] = l;
                hotTeam[x] = team[l];
                hotSize[x] = size[l];
                hotUpstreamCount[x] = upstreamCount[l];
                if (x < hotRoots) {
                    hotRootReach[x] = rootReach[l];
                }
            }
        }
        for (int x = 0; x < h; x++) {
            int l = hotLinked[x];
            int waited = 0;
            for (int r = dependentStart[l]; r < dependentStart[l + 1]; r++) {
                waited += dependentStart[dependents[r]] < dependentStart[dependents[r] + 1] ? 1 : 0;
            }
            hotDependentStart[x + 1] = hotDependentStart[x] + waited;
        }
        this.hotDependents = new int[hotDependentStart[h]];
        for (int x = 0, f = 0; x < h; x++) {
            int l = hotLinked[x];
            for (int r = dependentStart[l]; r < dependentStart[l + 1]; r++) {
                if (dependentStart[dependents[r]] < dependentStart[dependents[r] + 1]) {
                    hotDependents[f++] = hotOf[dependents[r]];
                }
            }
        }
        this.early = new long[teams];
        for (int t = 0; t < teams; t++) {
            early[t] = pooled[t] + rootTotal[t];
        }
        this.lateStart = new int[teams + 1];
        for (int l = 0; l < count; l++) {
            lateStart[team[l] + 1] += upstreamCount[l] > 0 ? 1 : 0;
        }
        for (int t = 0; t < teams; t++) {
            lateStart[t + 1] += lateStart[t];
        }
        this.late = new int[lateStart[teams]];
        int[] fillLate = Arrays.copyOf(lateStart, teams);
        boolean[][] upstreamTeam = new boolean[teams][teams];
        for (int l = 0; l < count; l++) {
            if (upstreamCount[l] > 0) {
                late[fillLate[team[l]]++] = l;
                for (int u = upstreamStart[l]; u < upstreamStart[l + 1]; u++) {
                    upstreamTeam[team[l]][team[upstreams[u]]] = true;
                }
            }
        }
        this.upstreamTeamStart = new int[teams + 1];
        for (int t = 0; t < teams; t++) {
            int found = 0;
            for (int u = 0; u < teams; u++) {
                found += upstreamTeam[t][u] ? 1 : 0;
            }
            upstreamTeamStart[t + 1] = upstreamTeamStart[t] + found;
        }
        this.upstreamTeams = new int[upstreamTeamStart[teams]];
        for (int t = 0, f = 0; t < teams; t++) {
            for (int u = 0; u < teams; u++) {
                if (upstreamTeam[t][u]) {
                    upstreamTeams[f++] = u;
                }
            }
        }
    }

    /** Whether some dependent of {@code l} has dependents in turn. */
    private boolean waitedOnDependent(int l) {
        for (int r = dependentStart[l]; r < dependentStart[l + 1]; r++) {
            if (dependentStart[dependents[r]] < dependentStart[dependents[r] + 1]) {
                return true;
            }
        }
        return false;
    }

    /** A size in thousandths of the unit, at least one. */
    static long units(double size) {
        return Math.max(1, Math.round(size * UNIT));
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

    /**
     * The issues whose finishing can matter: the milestone's, and those a kept dependency path leads from into it. An
     * issue outside the milestone from which no path leads into it delays nothing, so every issue the simulation keeps
     * outside the milestone is followed, later, by one of the milestone's.
     */
    private static boolean[] leadingToTheMilestone(Builder b, boolean[] keep) {
        int n = b.size;
        int[] start = new int[n + 1];
        for (int e = 0; e < b.edges; e++) {
            start[b.to[e] + 1] += keep[e] ? 1 : 0;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] ups = new int[start[n]];
        int[] fill = Arrays.copyOf(start, n);
        for (int e = 0; e < b.edges; e++) {
            if (keep[e]) {
                ups[fill[b.to[e]]++] = b.from[e];
            }
        }
        boolean[] needed = new boolean[n];
        int[] stack = new int[n];
        int top = 0;
        for (int i = 0; i < n; i++) {
            if (b.inMilestone[i]) {
                needed[i] = true;
                stack[top++] = i;
            }
        }
        while (top > 0) {
            int v = stack[--top];
            for (int r = start[v]; r < start[v + 1]; r++) {
                if (!needed[ups[r]]) {
                    needed[ups[r]] = true;
                    stack[top++] = ups[r];
                }
            }
        }
        return needed;
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
