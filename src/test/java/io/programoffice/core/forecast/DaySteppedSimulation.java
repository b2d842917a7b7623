package io.programoffice.core.forecast;

import java.util.List;
import java.util.SplittableRandom;

import static io.programoffice.core.forecast.MonteCarloForecast.HORIZON;

/**
 * The forecast's model stepped day by day, as slowly and plainly as it reads: every day, every team with work draws
 * its day's capacity (from its own stream, {@link TeamDays}), serves its ready issues with dependencies in the order
 * they became ready (within a day: those others wait on, then the milestone's, then the rest, each in issue order),
 * then its other issues. The reference {@link MonteCarloForecast}'s
 * simulation must equal trial by trial.
 */
final class DaySteppedSimulation {

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
    private final long[] stream;

    DaySteppedSimulation(ForecastWork w, List<Throughput> throughputs) {
        this.w = w;
        int teams = w.teams;
        this.stream = new long[teams];
        TeamDays.Windows windows = TeamDays.Windows.of(throughputs);
        this.samples = windows.samples();
        this.windowStart = windows.start();
        this.windowLength = windows.length();
        this.upstreamLeft = new int[w.linked];
        int inMilestone = 0;
        for (int l = 0; l < w.linked; l++) {
            inMilestone += w.inMilestone[l] ? 1 : 0;
        }
        this.milestoneLinked = inMilestone;
        int[] perTeam = new int[teams];
        for (int l = 0; l < w.linked; l++) {
            perTeam[w.team[l]]++;
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
        this.initiallyReady = w.initiallyReady();
    }

    /** The finishing working day of each trial, or null when one does not finish within the horizon. */
    int[] trials(int trials, long seed) {
        return TeamDays.trials(this::trial, trials, seed);
    }

    private int trial(SplittableRandom random) {
        int teams = w.teams;
        for (int t = 0; t < teams; t++) {
            stream[t] = random.nextLong();
        }
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
                stream[t] += TeamDays.STEP;
                double capacity = samples[windowStart[t] + TeamDays.pick(stream[t], windowLength[t])];
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
            // a day's newly ready issues: those others wait on, then the milestone's, then the rest, each in issue
            // order
            for (int i = 0; i < ready; i++) {
                int d = becameReady[i];
                becameReady[i] = rank(d) * w.linked + d;
            }
            java.util.Arrays.sort(becameReady, 0, ready);
            for (int i = 0; i < ready; i++) {
                becameReady[i] %= w.linked;
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

    /** 0 for an issue others wait on, 1 for one of the milestone's nobody waits on, 2 for the rest. */
    private int rank(int l) {
        return w.dependentStart[l] < w.dependentStart[l + 1] ? 0 : w.inMilestone[l] ? 1 : 2;
    }
}
