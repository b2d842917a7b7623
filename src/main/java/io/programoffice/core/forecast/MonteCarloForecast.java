package io.programoffice.core.forecast;

import io.programoffice.core.analysis.WorkingDays;
import io.programoffice.core.scheme.WorkingCalendar;
import io.programoffice.core.validation.Problem;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * When a milestone's remaining work finishes, by Monte Carlo simulation. Each trial walks working days from today:
 * every day each team gets the work its throughput resolved on one day of its window, drawn at random, and spends it
 * first on its ready issues that others wait on (ready: their upstream issues finished on an earlier day), in the
 * order they became ready, then on its other ready work; work left on an issue carries over to the next day. A trial
 * ends on the day the milestone's last issue finishes. The result gives the 50th, 85th and 95th percentile of those
 * days as dates and the share of trials finished by the target.
 *
 * <p>Nothing is random but the seeded generator and nothing depends on the time but the injected clock: the same
 * inputs give the same answer, however many threads run the trials. Per trial the cost is a step per team for each
 * day until its last issue others wait on is served, a few per issue others wait on and per such dependency, and a
 * few block draws per team for the days after ({@link Simulation}); issues nobody waits on cost nothing, unless their
 * team may have run out of ready work. Stateless and thread-safe.
 */
public final class MonteCarloForecast {
    /** Trials allowed per forecast. */
    public static final int MIN_TRIALS = 100;
    public static final int MAX_TRIALS = 100_000;
    /** A trial gives up after this many working days (about 20 years): the work would not finish in any useful time. */
    public static final int HORIZON = 5_000;

    private static final String KEY = "program-office.forecast.";

    private MonteCarloForecast() {
    }

    /** {@link #run(ForecastWork, List, WorkingCalendar, LocalDate, int, long, Clock, ForecastThreads)} on one thread. */
    public static ForecastResult run(ForecastWork work, List<Throughput> throughputs, WorkingCalendar calendar,
                                     LocalDate target, int trials, long seed, Clock clock) {
        return run(work, throughputs, calendar, target, trials, seed, clock, ForecastThreads.CALLER);
    }

    /**
     * Forecasts {@code work} with the teams' {@code throughputs} (indexed as the work's teams).
     *
     * @param calendar the working days, numbered from today (see {@link WorkingDays})
     * @param target   the milestone's target date, or null
     * @param clock    today, in the calendar's time zone
     * @param threads  the threads the trials may run on; the answer does not depend on them
     * @throws IllegalArgumentException when {@code trials} is out of range or the throughputs do not match the teams
     */
    public static ForecastResult run(ForecastWork work, List<Throughput> throughputs, WorkingCalendar calendar,
                                     LocalDate target, int trials, long seed, Clock clock,
                                     ForecastThreads threads) {
        if (trials < MIN_TRIALS || trials > MAX_TRIALS) {
            throw new IllegalArgumentException("trials must be between " + MIN_TRIALS + " and " + MAX_TRIALS + ", not "
                    + trials);
        }
        if (throughputs.size() != work.teams()) {
            throw new IllegalArgumentException("one throughput per team is needed: " + work.teams() + " teams, "
                    + throughputs.size() + " throughputs");
        }
        LocalDate today = LocalDate.now(clock);
        WorkingDays days = new WorkingDays(calendar, today);
        List<Problem> warnings = new ArrayList<>();
        for (int t = 0; t < work.teams(); t++) {
            Throughput tp = throughputs.get(t);
            if (work.issues(t) == 0) {
                continue;
            }
            if (!tp.any()) {
                return ForecastResult.cannot(Problem.of(KEY + "no-throughput", tp.team(), tp.windowDays()));
            }
            if (tp.dataPoints() < Throughput.FEW_DATA_POINTS) {
                warnings.add(Problem.of(KEY + "few-points", tp.team(), tp.dataPoints(), tp.windowDays()));
            }
        }
        if (work.ignoredDependencies() > 0) {
            warnings.add(Problem.of(KEY + "cycles", work.ignoredDependencies()));
        }
        if (work.milestoneIssues() == 0) {
            return ForecastResult.forecast(today, today, today, target == null || !today.isAfter(target) ? 1 : 0,
                    trials, warnings);
        }
        TeamDays.Windows windows = TeamDays.Windows.of(throughputs);
        BlockSums blocks = new BlockSums(windows); // immutable: every thread's simulation shares them
        int[] finish = TeamDays.trials(() -> new Simulation(work, windows, blocks), trials, seed,
                threads.executor(), threads.threads());
        if (finish == null) {
            return ForecastResult.cannot(Problem.of(KEY + "horizon", HORIZON));
        }
        java.util.Arrays.sort(finish);
        long targetDay = target == null ? Long.MAX_VALUE : days.dayOfEpoch(target.toEpochDay() + 1) - 1;
        int onTime = 0;
        for (int f : finish) {
            onTime += f <= targetDay ? 1 : 0;
        }
        return ForecastResult.forecast(days.date(percentile(finish, 50)), days.date(percentile(finish, 85)),
                days.date(percentile(finish, 95)), target == null ? Double.NaN : (double) onTime / trials, trials,
                warnings);
    }

    /** The nearest-rank percentile of sorted {@code values}. */
    static int percentile(int[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /**
     * The trials of one worker, one after another, reusing the per-trial state. The model, as {@code
     * DaySteppedSimulation} in the tests steps it: each working day a team spends its capacity first on its ready
     * issues that others wait on, in the order they became ready (on the same day: in issue order), then on the rest
     * of its ready work, in any order; work left on an issue carries over, and capacity nothing is ready for is lost.
     *
     * <p>A trial computes only what decides its answer. The issues others wait on are served in order of the day they
     * become ready, team by team (their service does not depend on anything else), which gives the day each issue
     * becomes ready. The rest need no order: a team that always works on whatever is ready finishes all of its work
     * on the first day its cumulative capacity {@code C(D)} reaches {@code max(total, C(a - 1) + work ready from day
     * a on)} over the days {@code a} on which work becomes ready (the second term counts the capacity lost to days
     * with nothing ready). Every issue outside the milestone here is followed by one of the milestone's that finishes
     * later ({@link ForecastWork}), so the milestone finishes when the last team finishes. Per trial this costs one
     * step per team per working day (the capacities, summed) and a few per issue with dependencies.
     */
    static final class Simulation implements TeamDays.Trial {
        /** Days drawn at least at a time. */
        private static final int AHEAD = 8;
        /** Mixed into a team's seed for its stream of block draws, apart from its days'. */
        private static final long BLOCK_STREAM = 0xd1b54a32d192ed03L;
        private final ForecastWork w;
        private final TeamDays.Windows windows;
        /** What teams resolve in blocks of days, or null to draw every day. */
        private final BlockSums blocks;
        /** Per team: its stream's seed in this trial. */
        private final long[] seed;
        /** Per team: its cumulative capacity {@code C(d)}, for days {@code 0..filled-1}. */
        private final long[][] cumulative;
        private final int[] filled;
        /** Per team: its mean capacity per day, at least 1, and its largest. */
        private final long[] meanCapacity;
        private final long[] bestDay;
        /** Per team: the day its issues others wait on have reached, and the cumulative capacity they have used. */
        private final int[] day;
        private final long[] used;
        /** Per team: the work becoming ready on each day after day 0 (kept at 0 between trials). */
        private final long[][] ready;
        /** Whether this trial's {@link #timeRoots} has run. */
        private boolean rootsTimed;
        /** Per issue others wait on, by issue number: the day it finishes (once {@link #timeRoots} has run). */
        private final int[] finish;
        /**
         * Per issue a trial always times ({@link ForecastWork#hot} numbering): the day it finishes, its upstream
         * issues not yet finished, and the day it becomes ready.
         */
        private final int[] hotFinish;
        private final int[] upstreamLeft;
        private final int[] readyDay;
        /** Per day: the first and last issue becoming ready that day (-1: none); the rest chained between. */
        private final int[] bucket;
        private final int[] bucketTail;
        private final int[] nextInBucket;
        /** The issues of the day being visited. */
        private final int[] today;

        Simulation(ForecastWork w, List<Throughput> throughputs) {
            this(w, throughputs, true);
        }

        /**
         * @param blocks whether the days after the last needed one individually may be crossed in blocks
         *               ({@link BlockSums}): the answers are distributed the same, but differ trial by trial
         */
        Simulation(ForecastWork w, List<Throughput> throughputs, boolean blocks) {
            this(w, TeamDays.Windows.of(throughputs), blocks);
        }

        private Simulation(ForecastWork w, TeamDays.Windows windows, boolean blocks) {
            this(w, windows, blocks ? new BlockSums(windows) : null);
        }

        /** A simulation over {@code windows}, crossing days in {@code blocks} (null: every day drawn). */
        Simulation(ForecastWork w, TeamDays.Windows windows, BlockSums blocks) {
            this.w = w;
            int teams = w.teams;
            this.windows = windows;
            this.blocks = blocks;
            this.seed = new long[teams];
            this.cumulative = new long[teams][64];
            this.filled = new int[teams];
            this.meanCapacity = new long[teams];
            this.bestDay = new long[teams];
            for (int t = 0; t < teams; t++) {
                long sum = 0;
                for (int d = 0; d < windows.length()[t]; d++) {
                    sum += windows.samples()[windows.start()[t] + d];
                    bestDay[t] = Math.max(bestDay[t], windows.samples()[windows.start()[t] + d]);
                }
                meanCapacity[t] = Math.max(1, sum / Math.max(1, windows.length()[t]));
            }
            this.day = new int[teams];
            this.used = new long[teams];
            this.ready = new long[teams][64];
            this.finish = new int[w.linked];
            this.hotFinish = new int[w.hot];
            this.upstreamLeft = new int[w.hot];
            this.readyDay = new int[w.hot];
            this.nextInBucket = new int[w.hot];
            this.bucket = new int[HORIZON + 1];
            this.bucketTail = new int[HORIZON + 1];
            this.today = new int[w.hot];
            java.util.Arrays.fill(bucket, -1);
        }

        /** The finishing working day of each trial, or null when one does not finish within the horizon. */
        int[] trials(int trials, long seed) {
            return TeamDays.trials(this, trials, seed);
        }

        /**
         * One trial's finishing day, or -1 when any of its work runs past the horizon (the simulation is not used
         * again after that).
         */
        @Override
        public int run(SplittableRandom random) {
            int teams = w.teams;
            for (int t = 0; t < teams; t++) {
                seed[t] = random.nextLong();
                filled[t] = 0;
                day[t] = 0;
                used[t] = 0;
            }
            for (int x = w.hotRoots; x < w.hot; x++) {
                upstreamLeft[x] = w.hotUpstreamCount[x];
                readyDay[x] = 0;
            }
            rootsTimed = false;
            // first each team serves its issues others wait on that wait on none, in order: for now only the day the
            // last finishes is needed, and the days of those whose dependents others wait on in turn
            for (int t = 0; t < teams; t++) {
                if (w.rootTotal[t] > 0) {
                    int d = passage(t, 0, w.rootTotal[t]);
                    if (d < 0) {
                        return -1;
                    }
                    day[t] = d;
                    used[t] = w.rootTotal[t];
                }
            }
            int[] team = w.hotTeam;
            for (int x = 0, d = 0; x < w.hotRoots; x++) { // by team, in order
                long[] c = cumulative[team[x]];
                d = x > 0 && team[x - 1] == team[x] ? d : 0;
                while (c[d] < w.hotRootReach[x]) { // drawn already: the team's last one finishes no earlier
                    d++;
                }
                release(x, d);
            }
            // then the others others wait on, by the day they become ready
            long[] size = w.hotSize;
            int pending = w.hot - w.hotRoots;
            for (int k = 1; pending > 0; k++) {
                if (k == HORIZON) {
                    return -1;
                }
                int n = 0;
                for (int l = bucket[k]; l >= 0; l = nextInBucket[l]) {
                    today[n++] = l;
                }
                bucket[k] = -1;
                for (int i = 1; i < n; i++) { // in issue order (a day has few)
                    int x = today[i];
                    int j = i - 1;
                    for (; j >= 0 && today[j] > x; j--) {
                        today[j + 1] = today[j];
                    }
                    today[j + 1] = x;
                }
                pending -= n;
                for (int i = 0; i < n; i++) {
                    int l = today[i];
                    int d = serve(team[l], k, size[l]);
                    if (d < 0) {
                        return -1;
                    }
                    release(l, d);
                }
            }
            int last = 0;
            for (int t = 0; t < teams; t++) {
                if (w.total[t] == 0) {
                    continue;
                }
                long level = w.total[t];
                if (w.lateStart[t] < w.lateStart[t + 1]) {
                    // all its work waiting on some is ready by the day after its upstream teams' last issue others
                    // wait on finishes; if until then it had no more capacity than work ready from the start, it
                    // never lacked ready work and lost no capacity
                    int a = 0;
                    for (int u = w.upstreamTeamStart[t]; u < w.upstreamTeamStart[t + 1]; u++) {
                        a = Math.max(a, day[w.upstreamTeams[u]]);
                    }
                    if (atMost(t, a) > w.early[t] && cumulative(t, a) > w.early[t]) {
                        level += lost(t);
                    }
                }
                int f = finish(t, level);
                if (f < 0) {
                    return -1;
                }
                last = Math.max(last, f);
            }
            return last;
        }

        /**
         * Issue {@code x} ({@link ForecastWork#hot} numbering) finishes on day {@code d}: its dependents others wait
         * on wait one fewer (those nobody waits on read their ready day when needed).
         */
        private void release(int x, int d) {
            hotFinish[x] = d;
            int[] dependents = w.hotDependents;
            for (int r = w.hotDependentStart[x], end = w.hotDependentStart[x + 1]; r < end; r++) {
                int y = dependents[r];
                readyDay[y] = Math.max(readyDay[y], d + 1); // starts the day after
                if (--upstreamLeft[y] == 0) {
                    enqueue(y, readyDay[y]);
                }
            }
        }

        /**
         * Team {@code t} serves {@code need} of an issue others wait on that became ready on day {@code k}, after
         * what it already serves of those: from the level of cumulative capacity they have used, or {@code C(k - 1)}
         * if that is higher, to the first day on which the cumulative capacity reaches {@code need} more. The day it
         * finishes, or -1 past the horizon.
         */
        private int serve(int t, int k, long need) {
            long target = Math.max(used[t], cumulative(t, k - 1)) + need;
            int d = passage(t, Math.max(day[t], k), target);
            day[t] = d;
            used[t] = target;
            return d;
        }

        /**
         * The most by which team {@code t}'s cumulative capacity before a day on which some of its work becomes
         * ready exceeded its work ready before that day (the capacity lost to days with nothing ready), at least 0.
         */
        private long lost(int t) {
            if (!rootsTimed) {
                timeRoots();
            }
            long[] readyOn = ready[t];
            int lastDay = 0;
            for (int r = w.lateStart[t]; r < w.lateStart[t + 1]; r++) {
                int l = w.late[r];
                int k = w.hotOf[l] >= 0 ? readyDay[w.hotOf[l]] : 0;
                if (w.dependentStart[l] == w.dependentStart[l + 1]) {
                    k = 0; // nobody waits on it: it becomes ready the day after its last upstream issue finishes
                    for (int u = w.upstreamStart[l]; u < w.upstreamStart[l + 1]; u++) {
                        k = Math.max(k, finish[w.upstreams[u]] + 1);
                    }
                }
                if (k >= readyOn.length) {
                    readyOn = java.util.Arrays.copyOf(readyOn, Math.max(k + 1, readyOn.length * 2));
                    ready[t] = readyOn;
                }
                readyOn[k] += w.size[l];
                lastDay = Math.max(lastDay, k);
            }
            long readyBefore = w.early[t];
            long lost = 0;
            for (int a = 1; a <= lastDay; a++) {
                long r = readyOn[a];
                if (r != 0) {
                    readyOn[a] = 0;
                    lost = Math.max(lost, cumulative(t, a - 1) - readyBefore);
                    readyBefore += r;
                }
            }
            return lost;
        }

        /**
         * The day each issue others wait on finishes, by issue number: those that wait on none (each team serves them
         * first, in order), and the rest as timed.
         */
        private void timeRoots() {
            for (int t = 0; t < w.teams; t++) {
                long[] c = cumulative[t];
                int d = 0;
                for (int r = w.rootStart[t]; r < w.rootStart[t + 1]; r++) {
                    int l = w.roots[r];
                    while (c[d] < w.rootReach[l]) { // the last one's day is drawn already
                        d++;
                    }
                    finish[l] = d;
                }
            }
            for (int x = 0; x < w.hot; x++) {
                finish[w.hotLinked[x]] = hotFinish[x];
            }
            rootsTimed = true;
        }

        /**
         * The first day from {@code from} on which team {@code t}'s cumulative capacity reaches {@code level}, or -1
         * past the horizon.
         */
        private int passage(int t, int from, long level) {
            long[] c = cumulative[t];
            int lo = from;
            for (int end = Math.min(filled[t], from + 4); lo < end; lo++) { // most issues finish within days
                if (c[lo] >= level) {
                    return lo;
                }
            }
            int hi = filled[t] - 1;
            while (hi < lo || cumulative[t][hi] < level) { // draw about the days still needed, and a few more
                if (hi >= HORIZON - 1) {
                    return -1;
                }
                long have = hi < 0 ? 0 : cumulative[t][hi];
                int more = (int) Math.min(HORIZON - 1 - hi, Math.max(0, level - have) / meanCapacity[t] + 1);
                lo = Math.max(lo, hi + 1);
                cumulative(t, Math.max(lo, hi + more));
                hi = filled[t] - 1;
            }
            c = cumulative[t];
            while (lo < hi) { // the first day in lo..hi reaching the level
                int mid = (lo + hi) >>> 1;
                if (c[mid] >= level) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }

        /** A bound on team {@code t}'s cumulative capacity up to day {@code d}, from the days drawn so far. */
        private long atMost(int t, int d) {
            int f = filled[t];
            if (d < f) {
                return cumulative[t][d];
            }
            return (f == 0 ? 0 : cumulative[t][f - 1]) + (d - f + 1L) * bestDay[t];
        }

        /**
         * The first day on which team {@code t}'s cumulative capacity reaches {@code level}, its last question in a
         * trial: or -1 past the horizon. Beyond the days drawn so far, blocks of days that cannot reach the level
         * even at the team's best pace are crossed with one draw each, the longest first, and the last few days are
         * drawn one by one.
         */
        private int finish(int t, long level) {
            int f = filled[t];
            long have = f == 0 ? 0 : cumulative[t][f - 1];
            if (blocks == null || blocks.levels(t) == 0 || have >= level) {
                return passage(t, 0, level);
            }
            long gap = level - have;
            int d = f;
            long counter = seed[t] ^ BLOCK_STREAM;
            long best = bestDay[t];
            for (int j = blocks.levels(t) - 1; j >= 0; j--) {
                int days = 2 << j;
                while (gap > days * best && d + days <= HORIZON) {
                    counter += TeamDays.STEP;
                    gap -= blocks.draw(t, j, TeamDays.mix(counter));
                    d += days;
                }
            }
            for (; d < HORIZON; d++) {
                gap -= windows.capacity(t, seed[t], d);
                if (gap <= 0) {
                    return d;
                }
            }
            return -1;
        }

        /**
         * Team {@code t}'s cumulative capacity up to and including day {@code d}, drawing the days not yet drawn (at
         * least {@value #AHEAD} at a time, which costs less than drawing them one by one).
         */
        private long cumulative(int t, int d) {
            int f = filled[t];
            if (d < f) {
                return d < 0 ? 0 : cumulative[t][d];
            }
            int to = Math.min(HORIZON - 1, Math.max(d, f + AHEAD - 1) | 1); // HORIZON is even
            long[] c = cumulative[t];
            if (to >= c.length) {
                c = java.util.Arrays.copyOf(c, Math.min(HORIZON, Math.max(to + 1, c.length * 2)));
                cumulative[t] = c;
            }
            long[] samples = windows.samples();
            int ws = windows.start()[t];
            int wl = windows.length()[t];
            long s = seed[t] + ((f >>> 1) + 1L) * TeamDays.STEP;
            long sum = f == 0 ? 0 : c[f - 1];
            for (int x = f; x < to; x += 2, s += TeamDays.STEP) { // f is even, to odd: two days a value
                long z = TeamDays.mix(s);
                sum += samples[ws + TeamDays.pick(z >>> 32, wl)];
                c[x] = sum;
                sum += samples[ws + TeamDays.pick(z & 0xffffffffL, wl)];
                c[x + 1] = sum;
            }
            filled[t] = to + 1;
            return c[d];
        }

        /** Adds {@code x} to day {@code k}'s bucket. */
        private void enqueue(int x, int k) {
            nextInBucket[x] = -1;
            if (bucket[k] < 0) {
                bucket[k] = x;
            } else {
                nextInBucket[bucketTail[k]] = x;
            }
            bucketTail[k] = x;
        }
    }
}
