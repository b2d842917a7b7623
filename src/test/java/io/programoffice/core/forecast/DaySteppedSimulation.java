package io.programoffice.core.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static io.programoffice.core.forecast.MonteCarloForecast.HORIZON;

/**
 * The forecast's model stepped day by day, as slowly and plainly as it reads: every day, every team draws its day's
 * capacity ({@link TeamDays}), serves its ready issues that others wait on in the order they became ready (on the
 * same day: in issue order), then its other ready work; an issue becomes ready the day after its last upstream issue
 * finishes. A trial ends on the day the milestone's last issue finishes. {@link MonteCarloForecast}'s simulation,
 * which computes the answer a shorter way, must equal it trial by trial.
 */
final class DaySteppedSimulation implements TeamDays.Trial {

    private final ForecastWork w;
    private final TeamDays.Windows windows;
    private final long[] seed;
    private final int[] upstreamLeft;
    /** Per team: its ready issues others wait on, first in line first, and what is left of the first. */
    private final List<List<Integer>> queue = new ArrayList<>();
    private final long[] headLeft;
    /** Per team: its ready work nobody waits on (the milestone's, all of it). */
    private final long[] other;

    DaySteppedSimulation(ForecastWork w, List<Throughput> throughputs) {
        this.w = w;
        this.windows = TeamDays.Windows.of(throughputs);
        this.seed = new long[w.teams];
        this.upstreamLeft = new int[w.linked];
        this.headLeft = new long[w.teams];
        this.other = new long[w.teams];
        for (int t = 0; t < w.teams; t++) {
            queue.add(new ArrayList<>());
        }
    }

    /** The finishing working day of each trial, or null when one does not finish within the horizon. */
    int[] trials(int trials, long seed) {
        return TeamDays.trials(this, trials, seed);
    }

    @Override
    public int run(SplittableRandom random) {
        int teams = w.teams;
        for (int t = 0; t < teams; t++) {
            seed[t] = random.nextLong();
            queue.get(t).clear();
            other[t] = w.pooled[t];
        }
        System.arraycopy(w.upstreamCount, 0, upstreamLeft, 0, w.linked);
        List<Integer> becameReady = new ArrayList<>();
        for (int l = 0; l < w.linked; l++) {
            if (w.upstreamCount[l] == 0) {
                becameReady.add(l);
            }
        }
        int unfinished = w.linked;
        int last = 0;
        for (int day = 0; day < HORIZON; day++) {
            for (int l : becameReady) { // in issue order
                if (waitedOn(l)) {
                    queue.get(w.team[l]).add(l);
                } else {
                    other[w.team[l]] += w.size[l];
                }
            }
            becameReady = new ArrayList<>();
            boolean workLeft = false;
            for (int t = 0; t < teams; t++) {
                List<Integer> q = queue.get(t);
                if (q.isEmpty() && other[t] == 0) {
                    continue;
                }
                long capacity = windows.capacity(t, seed[t], day);
                while (capacity > 0 && !q.isEmpty()) {
                    int l = q.get(0);
                    long need = headLeft[t] > 0 ? headLeft[t] : w.size[l];
                    if (capacity < need) {
                        headLeft[t] = need - capacity;
                        capacity = 0;
                        break;
                    }
                    capacity -= need;
                    headLeft[t] = 0;
                    q.remove(0);
                    unfinished--;
                    if (w.inMilestone[l]) {
                        last = day;
                    }
                    for (int r = w.dependentStart[l]; r < w.dependentStart[l + 1]; r++) {
                        int d = w.dependents[r];
                        if (--upstreamLeft[d] == 0) {
                            becameReady.add(d); // ready tomorrow
                        }
                    }
                }
                if (capacity > 0 && other[t] > 0) {
                    other[t] -= Math.min(capacity, other[t]);
                    if (other[t] == 0) {
                        last = day; // the last of what was ready of it finished today
                    }
                }
                workLeft |= !q.isEmpty() || other[t] > 0;
            }
            becameReady.sort(null);
            unfinished -= (int) becameReady.stream().filter(l -> !waitedOn(l)).count();
            if (!workLeft && becameReady.isEmpty()) {
                if (unfinished != 0) {
                    throw new IllegalStateException(unfinished + " issues never became ready");
                }
                return last;
            }
        }
        return -1;
    }

    private boolean waitedOn(int l) {
        return w.dependentStart[l] < w.dependentStart[l + 1];
    }
}
