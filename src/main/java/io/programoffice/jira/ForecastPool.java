package io.programoffice.jira;

import io.programoffice.core.forecast.ForecastThreads;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads milestone forecasts may share out their trials on, besides the requesting one. By default half the
 * node's processors, at most 4 in all (so a forecast never takes a whole node from the requests Jira serves), and
 * none on a node of one or two processors; the system property {@value #PROPERTY} sets another number (1: the
 * requesting thread alone). The pool's threads are daemons and end after {@value #IDLE_SECONDS} idle seconds, so
 * nothing lingers after the app is disabled. Forecasts give the same answer however many threads run them.
 */
final class ForecastPool {
    static final String PROPERTY = "programoffice.forecast.threads";
    static final int IDLE_SECONDS = 30;

    private ForecastPool() {
    }

    /** How many threads a forecast may use, the requesting one included: {@code property}, else the default. */
    static int threads(String property, int processors) {
        if (property != null) {
            try {
                int n = Integer.parseInt(property.trim());
                if (n >= 1 && n <= 64) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // fall back to the default
            }
        }
        return Math.max(1, Math.min(4, processors / 2));
    }

    /** The forecast threads for this node, with a pool of the extra ones. */
    static ForecastThreads create() {
        int threads = threads(System.getProperty(PROPERTY), Runtime.getRuntime().availableProcessors());
        if (threads == 1) {
            return ForecastThreads.CALLER;
        }
        AtomicInteger count = new AtomicInteger();
        ClassLoader loader = ForecastPool.class.getClassLoader();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "program-office-forecast-" + count.incrementAndGet());
            t.setDaemon(true);
            t.setContextClassLoader(loader);
            return t;
        };
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads - 1, threads - 1, IDLE_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), factory);
        pool.allowCoreThreadTimeOut(true);
        return new ForecastThreads(pool, threads);
    }
}
