package io.programoffice.core.forecast;

import io.programoffice.core.analysis.WorkingDays;
import io.programoffice.core.validation.Problem;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * When a milestone's remaining work finishes, by Monte Carlo simulation. Each trial walks working days from today:
 * every day each team with work gets the work its throughput resolved on one day of its window, drawn at random, and
 * spends it first on its issues with dependencies that are ready (their upstream issues finished on an earlier day),
 * in the order they became ready, then on its other issues; work left on an issue carries over to the next day. A
 * trial ends on the day the milestone's last issue finishes. The result gives the 50th, 85th and 95th percentile of
 * those days as dates and the share of trials finished by the target.
 *
 * <p>Nothing is random but the seeded generator and nothing depends on the time but the injected clock: the same
 * inputs give the same answer. O(trials × (simulated days × teams + issues with dependencies + their dependencies));
 * issues without dependencies cost nothing per trial beyond their team's daily step. Stateless and thread-safe.
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

    /**
     * Forecasts {@code work} with the teams' {@code throughputs} (indexed as the work's teams).
     *
     * @param calendar the working days, numbered from today (see {@link WorkingDays})
     * @param target   the milestone's target date, or null
     * @param clock    today, in the calendar's time zone
     * @throws IllegalArgumentException when {@code trials} is out of range or the throughputs do not match the teams
     */
    public static ForecastResult run(ForecastWork work, List<Throughput> throughputs,
                                     io.programoffice.core.scheme.WorkingCalendar calendar, LocalDate target,
                                     int trials, long seed, Clock clock) {
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
        int[] finish = new Simulation(work, throughputs).trials(trials, seed);
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
     * The trials, one after another, reusing the per-trial state. A trial does not step every team through every
     * day: it visits, in order, the days on which issues with dependencies become ready (one bucket per day), and
     * moves only that issue's team forward, drawing its days as it goes. A team serves its ready issues with
     * dependencies first, in the order they became ready (within a day: those others wait on, in issue order, then
     * the milestone's, then the rest), and gives the rest of each day, and every day on which none is ready, to its
     * other issues. Since only the last of a team's issues that nobody waits on matters, a day's such issues are
     * served as one piece per team. This is the day-by-day model exactly (tests compare the two trial by trial), at a
     * cost of a few operations per team per worked day, per issue others wait on and per team and day with issues
     * nobody waits on, rather than per team per day with bookkeeping for every team.
     */
    static final class Simulation {
        private final ForecastWork w;
        /** Every team's window, one after the other: team t's days at {@code windowStart[t]..+windowLength[t]}. */
        private final double[] samples;
        private final int[] windowStart;
        private final int[] windowLength;
        /** Per team: its random stream ({@link TeamDays}), its current day (-1 before any) and what is left of it. */
        private final long[] stream;
        private final int[] day;
        private final double[] left;
        /** Per team: the work left on its issues without dependencies. */
        private final double[] pooledLeft;
        /** Per issue with dependencies: upstream issues not yet finished, and the day it becomes ready. */
        private final int[] upstreamLeft;
        private final int[] readyDay;
        /** Per day: the first and last issue becoming ready that day (-1: none); the rest chained between. */
        private final int[] bucket;
        private final int[] bucketTail;
        private final int[] nextInBucket;
        /** Per day: the issues becoming ready that nobody waits on (chained through {@code nextInBucket}). */
        private final int[] leafBucket;
        /** Per issue with dependencies: whether nobody waits on it. */
        private final boolean[] leaf;
        /** The issues of the day being visited that others wait on, sorted. */
        private final int[] today;
        /** Per team: the day's ready work nobody waits on, in the milestone and not; the teams with some today. */
        private final double[] lump;
        private final double[] otherLump;
        private final int[] touchedTeams;
        /** The trial's finishing day so far. */
        private int last;
        private final int[] initiallyReady;
        private final int milestoneLinked;

        Simulation(ForecastWork w, List<Throughput> throughputs) {
            this.w = w;
            int teams = w.teams;
            TeamDays.Windows windows = TeamDays.Windows.of(throughputs);
            this.samples = windows.samples();
            this.windowStart = windows.start();
            this.windowLength = windows.length();
            this.stream = new long[teams];
            this.day = new int[teams];
            this.left = new double[teams];
            this.pooledLeft = new double[teams];
            this.upstreamLeft = new int[w.linked];
            this.readyDay = new int[w.linked];
            this.nextInBucket = new int[w.linked];
            this.bucket = new int[HORIZON + 1];
            this.bucketTail = new int[HORIZON + 1];
            this.today = new int[w.linked];
            this.leafBucket = new int[HORIZON + 1];
            this.leaf = new boolean[w.linked];
            for (int l = 0; l < w.linked; l++) {
                leaf[l] = w.dependentStart[l] == w.dependentStart[l + 1];
            }
            this.lump = new double[teams];
            this.otherLump = new double[teams];
            this.touchedTeams = new int[teams];
            java.util.Arrays.fill(bucket, -1);
            java.util.Arrays.fill(leafBucket, -1);
            int inMilestone = 0;
            for (int l = 0; l < w.linked; l++) {
                inMilestone += w.inMilestone[l] ? 1 : 0;
            }
            this.milestoneLinked = inMilestone;
            this.initiallyReady = w.initiallyReady();
        }

        /** The finishing working day of each trial, or null when one does not finish within the horizon. */
        int[] trials(int trials, long seed) {
            return TeamDays.trials(this::trial, trials, seed);
        }

        /** One trial's finishing day, or -1 when any of its work runs past the horizon. */
        private int trial(SplittableRandom random) {
            int teams = w.teams;
            for (int t = 0; t < teams; t++) {
                stream[t] = random.nextLong();
                day[t] = -1;
                left[t] = 0;
                pooledLeft[t] = w.pooled[t];
            }
            System.arraycopy(w.upstreamCount, 0, upstreamLeft, 0, w.linked);
            java.util.Arrays.fill(readyDay, 0);
            for (int l : initiallyReady) {
                enqueue(l, 0);
            }
            int pending = initiallyReady.length;
            last = 0;
            int milestoneDone = 0;
            int[] team = w.team;
            double[] size = w.size;
            boolean[] inMilestone = w.inMilestone;
            int[] dependentStart = w.dependentStart;
            int[] dependents = w.dependents;
            for (int k = 0; pending > 0; k++) {
                if (k == HORIZON) {
                    return fail();
                }
                int n = 0;
                for (int l = bucket[k]; l >= 0; l = nextInBucket[l]) {
                    today[n++] = l;
                }
                bucket[k] = -1;
                if (n > 1) {
                    java.util.Arrays.sort(today, 0, n); // a day's ready issues others wait on, in issue order
                }
                int touched = 0;
                for (int l = leafBucket[k]; l >= 0; l = nextInBucket[l]) {
                    int t = team[l];
                    if (lump[t] == 0 && otherLump[t] == 0) {
                        touchedTeams[touched++] = t;
                    }
                    if (inMilestone[l]) {
                        lump[t] += size[l];
                        milestoneDone++;
                    } else {
                        otherLump[t] += size[l];
                    }
                    pending--;
                }
                leafBucket[k] = -1;
                pending -= n;
                for (int i = 0; i < n; i++) {
                    int l = today[i];
                    int d = serve(team[l], k, size[l]);
                    if (d < 0) {
                        return fail();
                    }
                    if (inMilestone[l]) {
                        milestoneDone++;
                        last = Math.max(last, d);
                    }
                    for (int r = dependentStart[l], end = dependentStart[l + 1]; r < end; r++) {
                        int x = dependents[r];
                        readyDay[x] = Math.max(readyDay[x], d + 1); // starts the day after
                        if (--upstreamLeft[x] == 0) {
                            enqueue(x, readyDay[x]);
                            pending++;
                        }
                    }
                }
                // then the day's issues nobody waits on, each team's as one piece: the milestone's first
                for (int j = 0; j < touched; j++) {
                    int t = touchedTeams[j];
                    if (lump[t] > 0) {
                        int d = serve(t, k, lump[t]);
                        if (d < 0) {
                            return fail();
                        }
                        last = Math.max(last, d);
                        lump[t] = 0;
                    }
                    if (otherLump[t] > 0) {
                        if (serve(t, k, otherLump[t]) < 0) {
                            return fail();
                        }
                        otherLump[t] = 0;
                    }
                }
            }
            if (milestoneDone != milestoneLinked) {
                throw new IllegalStateException("issues never became ready: " + (milestoneLinked - milestoneDone));
            }
            for (int t = 0; t < teams; t++) {
                double p = pooledLeft[t] - left[t]; // the rest of the team's last day
                int d = day[t];
                if (pooledLeft[t] <= 0) {
                    continue;
                }
                int ws = windowStart[t];
                int wl = windowLength[t];
                long s = stream[t];
                while (p > 0) {
                    if (++d == HORIZON) {
                        return -1;
                    }
                    p -= samples[ws + TeamDays.pick(s += TeamDays.STEP, wl)];
                }
                last = Math.max(last, d);
            }
            return last;
        }

        /**
         * Team {@code t} serves {@code need} of work that became ready on day {@code k}, after what it already
         * serves; the days on which it had nothing else ready go to its issues without dependencies. The day it
         * finishes, or -1 past the horizon.
         */
        private int serve(int t, int k, double need) {
            int d = day[t];
            double cap = left[t];
            int ws = windowStart[t];
            int wl = windowLength[t];
            long s = stream[t];
            if (d < k) { // nothing of the team's was ready after day d until today: its other issues had it
                double p = pooledLeft[t];
                if (p > 0) {
                    p -= cap;
                    for (int x = d + 1; x < k && p > 0; x++) {
                        p -= samples[ws + TeamDays.pick(s += TeamDays.STEP, wl)];
                        d = x;
                    }
                    if (p <= 0) {
                        last = Math.max(last, d);
                    }
                    pooledLeft[t] = p;
                }
                d = k;
                cap = samples[ws + TeamDays.pick(s += TeamDays.STEP, wl)];
            }
            while (cap < need) {
                need -= cap;
                if (++d == HORIZON) {
                    return -1;
                }
                cap = samples[ws + TeamDays.pick(s += TeamDays.STEP, wl)];
            }
            day[t] = d;
            left[t] = cap - need;
            stream[t] = s;
            return d;
        }

        /** Empties the buckets for the next trial and answers -1. */
        private int fail() {
            java.util.Arrays.fill(bucket, -1);
            java.util.Arrays.fill(leafBucket, -1);
            java.util.Arrays.fill(lump, 0);
            java.util.Arrays.fill(otherLump, 0);
            return -1;
        }

        /** Adds {@code x} to day {@code k}'s bucket of issues others wait on, or of those nobody waits on. */
        private void enqueue(int x, int k) {
            if (leaf[x]) {
                nextInBucket[x] = leafBucket[k]; // their order does not matter: each team's are served as one
                leafBucket[k] = x;
                return;
            }
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
