package io.programoffice.core.forecast;

import java.util.concurrent.Executor;

/**
 * The threads a forecast may run its trials on: the calling thread and up to {@code threads - 1} more from
 * {@code executor}. The answer does not depend on how many there are.
 *
 * @param executor runs the trials of all threads but the caller's
 * @param threads  how many threads may run trials at once, the caller's included, at least 1
 */
public record ForecastThreads(Executor executor, int threads) {
    /** Only the calling thread. */
    public static final ForecastThreads CALLER = new ForecastThreads(Runnable::run, 1);

    public ForecastThreads {
        java.util.Objects.requireNonNull(executor, "executor");
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread is needed, not " + threads);
        }
    }
}
