package io.programoffice.core.forecast;

/**
 * Which day of its throughput window a team's simulated working day repeats. Each team has its own stream of
 * random numbers in a trial (seeded from the trial's generator), advanced once per working day on which the team has
 * work, so a team's k-th worked day draws the same window day whatever order the simulation visits the teams in.
 * The stream is a 64-bit counter stepped by the golden-ratio increment and mixed with Stafford's variant 13 finaliser
 * (the construction {@link java.util.SplittableRandom} uses).
 */
final class TeamDays {
    /** The step between a stream's counter values (odd, so every counter value comes once in 2^64 steps). */
    static final long STEP = 0x9e3779b97f4a7c15L;

    private TeamDays() {
    }

    /** A window position for the stream's counter value {@code counter}, uniform over {@code 0..length-1}. */
    static int pick(long counter, int length) {
        long z = counter;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        z ^= z >>> 31;
        // the high 32 bits scaled to the length (multiply-shift; its bias, under length / 2^32, is far below the
        // trials' noise)
        return (int) (((z >>> 32) * length) >>> 32);
    }

    /**
     * Every team's throughput window in one array, one after the other: team t's days at
     * {@code start[t]..start[t] + length[t] - 1} of {@code samples}.
     */
    record Windows(double[] samples, int[] start, int[] length) {
        static Windows of(java.util.List<Throughput> throughputs) {
            int teams = throughputs.size();
            int[] start = new int[teams];
            int[] length = new int[teams];
            int total = 0;
            for (int t = 0; t < teams; t++) {
                start[t] = total;
                length[t] = throughputs.get(t).perDay().length;
                total += length[t];
            }
            double[] samples = new double[total];
            for (int t = 0; t < teams; t++) {
                System.arraycopy(throughputs.get(t).perDay(), 0, samples, start[t], length[t]);
            }
            return new Windows(samples, start, length);
        }
    }

    /** One simulated trial: its finishing working day, or -1 when it does not finish within the horizon. */
    interface Trial {
        int run(java.util.SplittableRandom random);
    }

    /** The finishing working day of each of {@code trials} trials seeded from {@code seed}, or null if one fails. */
    static int[] trials(Trial trial, int trials, long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        int[] finish = new int[trials];
        for (int i = 0; i < trials; i++) {
            int f = trial.run(random);
            if (f < 0) {
                return null;
            }
            finish[i] = f;
        }
        return finish;
    }
}
