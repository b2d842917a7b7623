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

    /** The per-trial state, reused from trial to trial. */
    private static final class Simulation {
        private final ForecastWork w;
        /** Every team's window, one after the other: team t's days at {@code windowStart[t]..+windowLength[t]}. */
        private final double[] samples;
        private final int[] windowStart;
        private final int[] windowLength;
        private final int[] upstreamLeft;
        /** Per team, a queue of its ready issues with dependencies (each issue enters once per trial). */
        private final int[][] queue;
        private final int[] head;
        private final int[] tail;
        private final double[] headLeft;
        private final double[] pooledLeft;
        private final int[] becameReady;
        private final int[] initiallyReady;
        private final int milestoneLinked;

        Simulation(ForecastWork w, List<Throughput> throughputs) {
            this.w = w;
            int teams = w.teams;
            this.windowStart = new int[teams];
            this.windowLength = new int[teams];
            int total = 0;
            for (int t = 0; t < teams; t++) {
                windowStart[t] = total;
                windowLength[t] = throughputs.get(t).perDay().length;
                total += windowLength[t];
            }
            this.samples = new double[total];
            for (int t = 0; t < teams; t++) {
                System.arraycopy(throughputs.get(t).perDay(), 0, samples, windowStart[t], windowLength[t]);
            }
            this.upstreamLeft = new int[w.linked];
            int inMilestone = 0;
            for (int l = 0; l < w.linked; l++) {
                inMilestone += w.inMilestone[l] ? 1 : 0;
            }
            this.milestoneLinked = inMilestone;
            int[] perTeam = new int[teams];
            int ready = 0;
            for (int l = 0; l < w.linked; l++) {
                perTeam[w.team[l]]++;
                ready += w.upstreamCount[l] == 0 ? 1 : 0;
            }
            this.queue = new int[teams][];
            for (int t = 0; t < teams; t++) {
                queue[t] = new int[perTeam[t]];
            }
            this.head = new int[teams];
            this.tail = new int[teams];
            this.headLeft = new double[teams];
            this.pooledLeft = new double[teams];
            this.becameReady = new int[w.linked];
            this.initiallyReady = new int[ready];
            for (int l = 0, r = 0; l < w.linked; l++) {
                if (w.upstreamCount[l] == 0) {
                    initiallyReady[r++] = l;
                }
            }
        }

        /** The finishing working day of each trial, or null when one does not finish within the horizon. */
        int[] trials(int trials, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            int[] finish = new int[trials];
            for (int i = 0; i < trials; i++) {
                int f = trial(random);
                if (f < 0) {
                    return null;
                }
                finish[i] = f;
            }
            return finish;
        }

        private int trial(SplittableRandom random) {
            int teams = w.teams;
            System.arraycopy(w.upstreamCount, 0, upstreamLeft, 0, w.linked);
            System.arraycopy(w.pooled, 0, pooledLeft, 0, teams);
            java.util.Arrays.fill(head, 0);
            java.util.Arrays.fill(tail, 0);
            for (int l : initiallyReady) {
                int t = w.team[l];
                queue[t][tail[t]++] = l;
            }
            for (int t = 0; t < teams; t++) {
                headLeft[t] = tail[t] > 0 ? w.size[queue[t][0]] : 0;
            }
            int milestoneLeft = milestoneLinked;
            int last = 0;
            for (int day = 0; day < HORIZON; day++) {
                int ready = 0;
                boolean pooledWork = false;
                for (int t = 0; t < teams; t++) {
                    boolean queued = head[t] < tail[t];
                    if (!queued && pooledLeft[t] <= 0) {
                        continue;
                    }
                    // a day of the window drawn uniformly: the high 32 bits of a random long scaled to its length
                    // (Lemire's multiply-shift; its bias, under length / 2^32, is far below the trials' noise)
                    double capacity = samples[windowStart[t]
                            + (int) (((random.nextLong() >>> 32) * windowLength[t]) >>> 32)];
                    while (capacity > 0 && head[t] < tail[t]) {
                        if (capacity < headLeft[t]) {
                            headLeft[t] -= capacity;
                            capacity = 0;
                            break;
                        }
                        capacity -= headLeft[t];
                        int l = queue[t][head[t]++];
                        if (w.inMilestone[l]) {
                            milestoneLeft--;
                            last = day;
                        }
                        for (int r = w.dependentStart[l], end = w.dependentStart[l + 1]; r < end; r++) {
                            int d = w.dependents[r];
                            if (--upstreamLeft[d] == 0) {
                                becameReady[ready++] = d; // starts tomorrow
                            }
                        }
                        headLeft[t] = head[t] < tail[t] ? w.size[queue[t][head[t]]] : 0;
                    }
                    if (capacity > 0 && pooledLeft[t] > 0) {
                        pooledLeft[t] -= capacity;
                        if (pooledLeft[t] <= 0) {
                            last = day;
                        }
                    }
                    pooledWork |= pooledLeft[t] > 0;
                }
                for (int i = 0; i < ready; i++) {
                    int d = becameReady[i];
                    int t = w.team[d];
                    if (head[t] == tail[t]) {
                        headLeft[t] = w.size[d];
                    }
                    queue[t][tail[t]++] = d;
                }
                if (milestoneLeft == 0 && !pooledWork) { // upstream work left over no longer matters
                    return last;
                }
            }
            return -1;
        }
    }
}
