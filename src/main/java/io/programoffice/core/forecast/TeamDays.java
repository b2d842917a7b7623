package io.programoffice.core.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Which day of its throughput window a team's simulated working day repeats, and how trials are seeded. In a trial
 * each team has its own stream of random numbers, seeded from the trial's generator: days {@code 2i} and {@code 2i + 1}
 * take the high and the low 32 bits of the stream's value {@code i}, its counter {@code seed + (i + 1) × STEP} mixed
 * with Stafford's variant 13 finaliser (the construction {@link java.util.SplittableRandom} uses). Any day's capacity
 * can so be read in any order, and every simulation of the same trial sees the same days.
 */
final class TeamDays {
    /** The step between a stream's counter values (odd, so every counter value comes once in 2^64 steps). */
    static final long STEP = 0x9e3779b97f4a7c15L;
    /** Trials are seeded in chunks of this many, each chunk from its own seed, so threads may share them out. */
    static final int CHUNK = 250;

    private TeamDays() {
    }

    /** The stream's value for the counter value {@code counter}: 64 well-mixed bits, two days' worth. */
    static long mix(long counter) {
        long z = counter;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /**
     * A window position uniform over {@code 0..length-1} from 32 random bits (multiply-shift; its bias, under
     * length / 2^32, is far below the trials' noise).
     */
    static int pick(long bits32, int length) {
        return (int) ((bits32 * length) >>> 32);
    }

    /**
     * Every team's throughput window in one array, in thousandths of the unit ({@link ForecastWork#UNIT}), one after
     * the other: team t's days at {@code start[t]..start[t] + length[t] - 1} of {@code samples}.
     */
    record Windows(long[] samples, int[] start, int[] length) {
        static Windows of(List<Throughput> throughputs) {
            int teams = throughputs.size();
            int[] start = new int[teams];
            int[] length = new int[teams];
            int total = 0;
            for (int t = 0; t < teams; t++) {
                start[t] = total;
                length[t] = throughputs.get(t).perDay().length;
                total += length[t];
            }
            long[] samples = new long[total];
            for (int t = 0; t < teams; t++) {
                double[] perDay = throughputs.get(t).perDay();
                for (int d = 0; d < perDay.length; d++) {
                    samples[start[t] + d] = Math.round(perDay[d] * ForecastWork.UNIT);
                }
            }
            return new Windows(samples, start, length);
        }

        /** Team {@code t}'s capacity on day {@code day} of the trial in which its stream is seeded {@code seed}. */
        long capacity(int t, long seed, int day) {
            long z = mix(seed + ((day >>> 1) + 1L) * STEP);
            return samples[start[t] + pick((day & 1) == 0 ? z >>> 32 : z & 0xffffffffL, length[t])];
        }
    }

    /** One simulated trial: its finishing working day, or -1 when it does not finish within the horizon. */
    interface Trial {
        int run(SplittableRandom random);
    }

    /** The finishing working day of each of {@code trials} trials seeded from {@code seed}, or null if one fails. */
    static int[] trials(Trial trial, int trials, long seed) {
        return trials(() -> trial, trials, seed, Runnable::run, 1);
    }

    /**
     * The finishing working day of each of {@code trials} trials seeded from {@code seed}, or null if one fails. The
     * trials are run in chunks of {@value #CHUNK}, each seeded from the next number of a generator seeded with
     * {@code seed}, by up to {@code threads} workers, each with its own simulation from {@code simulations}: the
     * answer does not depend on how many there are. The calling thread is one of them; the others run on
     * {@code executor}.
     */
    static int[] trials(Supplier<Trial> simulations, int trials, long seed, Executor executor, int threads) {
        SplittableRandom root = new SplittableRandom(seed);
        int chunks = (trials + CHUNK - 1) / CHUNK;
        long[] chunkSeed = new long[chunks];
        for (int c = 0; c < chunks; c++) {
            chunkSeed[c] = root.nextLong();
        }
        int[] finish = new int[trials];
        AtomicBoolean failed = new AtomicBoolean();
        int workers = Math.max(1, Math.min(threads, chunks));
        List<CompletableFuture<Void>> others = new ArrayList<>();
        for (int w = 1; w < workers; w++) {
            int worker = w;
            others.add(CompletableFuture.runAsync(
                    () -> runChunks(simulations.get(), worker, workers, chunkSeed, finish, failed), executor));
        }
        runChunks(simulations.get(), 0, workers, chunkSeed, finish, failed);
        try {
            CompletableFuture.allOf(others.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
        return failed.get() ? null : finish;
    }

    /** Worker {@code worker} of {@code workers} runs every chunk whose number leaves that remainder. */
    private static void runChunks(Trial trial, int worker, int workers, long[] chunkSeed, int[] finish,
                                  AtomicBoolean failed) {
        for (int c = worker; c < chunkSeed.length && !failed.get(); c += workers) {
            SplittableRandom random = new SplittableRandom(chunkSeed[c]);
            for (int i = c * CHUNK, end = Math.min(finish.length, i + CHUNK); i < end; i++) {
                int f = trial.run(random);
                if (f < 0) {
                    failed.set(true);
                    return;
                }
                finish[i] = f;
            }
        }
    }
}
