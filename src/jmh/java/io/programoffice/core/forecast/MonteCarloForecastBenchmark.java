package io.programoffice.core.forecast;

import io.programoffice.core.scheme.WorkingCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The milestone forecast against its budget: 10,000 trials over 5,000 remaining issues and 10 teams ≤ 100 ms. Data
 * (seed 42): 10 teams, each with a 60-working-day window resolving 0 to 5 issues a day (about 2.5 on average, so a
 * trial runs about 260 working days); 5,000 issues, 500 per team, a fifth of them ({@code waiting=20}) or half
 * ({@code waiting=50}) waiting on an earlier issue of any team, or on one of 500 upstream issues outside the milestone.
 * The trials run on 1 or 2 threads.
 *
 * <p>Run: {@code mvn -q -Pworkbench,bench test-compile exec:exec@jmh -Djmh.args="MonteCarloForecastBenchmark -f 2 -wi 3 -i 5"}
 */
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class MonteCarloForecastBenchmark {
    private static final LocalDate TODAY = LocalDate.parse("2027-03-01");
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @Param("10000")
    public int trials;

    /** The share of the milestone's issues that wait on another issue, in percent (20 or 50). */
    @Param({"20", "50"})
    public int waiting;

    /** Threads running the trials (the benchmark's own included). */
    @Param({"1", "2"})
    public int threads;

    private java.util.concurrent.ExecutorService pool;

    private ForecastWork work;
    private List<Throughput> throughputs;

    @Setup
    public void setUp() {
        pool = java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, threads - 1));
        SplittableRandom r = new SplittableRandom(42);
        int teams = 10;
        throughputs = new ArrayList<>();
        for (int t = 0; t < teams; t++) {
            double[] days = new double[60];
            int points = 0;
            for (int i = 0; i < days.length; i++) {
                days[i] = r.nextInt(6);
                points += (int) days[i];
            }
            throughputs.add(new Throughput("T" + t, days, points, TODAY.minusDays(84), TODAY.minusDays(3)));
        }
        ForecastWork.Builder b = ForecastWork.builder(teams);
        int[] upstream = new int[500];
        for (int i = 0; i < upstream.length; i++) {
            upstream[i] = b.addIssue(i % teams, 1, false);
        }
        for (int i = 0; i < 5_000; i++) {
            int issue = b.addIssue(i % teams, 1, true);
            if (waiting == 50 ? r.nextInt(2) == 0 : r.nextInt(5) == 0) {
                int from = i > 100 && r.nextBoolean() ? upstream.length + r.nextInt(i) : upstream[r.nextInt(500)];
                if (from != issue) {
                    b.addDependency(from, issue);
                }
            }
        }
        work = b.build();
        ForecastResult f = run();
        System.out.printf("%nP50 %s, P85 %s, P95 %s, %d trials%n", f.p50(), f.p85(), f.p95(), f.trials());
    }

    @Benchmark
    public ForecastResult run() {
        return MonteCarloForecast.run(work, throughputs, WorkingCalendar.WEEKDAYS, TODAY.plusDays(300), trials, 7,
                CLOCK, new ForecastThreads(pool, threads));
    }

    @org.openjdk.jmh.annotations.TearDown
    public void tearDown() {
        pool.shutdownNow();
    }
}
