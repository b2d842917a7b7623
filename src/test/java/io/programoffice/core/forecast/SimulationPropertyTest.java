package io.programoffice.core.forecast;

import org.junit.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertTrue;

/**
 * The forecast's simulation against {@link DaySteppedSimulation}, the model stepped day by day: on random work (1 to
 * 6 teams, up to 300 issues, dependencies within and across teams, some on cycles, upstream issues outside the
 * milestone, whole and half sizes) and random windows, every trial must finish on the same day.
 */
public class SimulationPropertyTest {
    private static final LocalDate TODAY = LocalDate.parse("2027-03-01");

    @Test
    public void everyTrial_finishesOnTheSameDay_asTheDayByDayModel() {
        SplittableRandom r = new SplittableRandom(2027);
        int withDependencies = 0;
        for (int round = 0; round < 300; round++) {
            int teams = 1 + r.nextInt(6);
            ForecastWork work = randomWork(r, teams);
            List<Throughput> tps = new ArrayList<>();
            for (int t = 0; t < teams; t++) {
                tps.add(randomWindow(r, "T" + t));
            }
            long seed = r.nextLong();
            int[] fast = new MonteCarloForecast.Simulation(work, tps, false).trials(100, seed);
            int[] slow = new DaySteppedSimulation(work, tps).trials(100, seed);
            assertArrayEquals("round " + round + ": " + Arrays.toString(fast) + " vs " + Arrays.toString(slow),
                    slow, fast);
            withDependencies += work.linked > 0 ? 1 : 0;
        }
        assertTrue(withDependencies > 200); // most rounds exercise the dependencies, not only the pooled work
    }

    /**
     * Crossing days in blocks ({@link BlockSums}) changes the trials one by one but not how their answers are
     * distributed: on random work, 5,000 trials each way pass a two-sample Kolmogorov-Smirnov test at the 0.1% level,
     * and the same test tells apart work that differs by a few issues.
     */
    @Test
    public void blocksOfDays_giveTheSameDistribution_asDrawingEveryDay() {
        SplittableRandom r = new SplittableRandom(2028);
        int trials = 5_000;
        double critical = 1.95 * Math.sqrt(2.0 / trials);
        for (int round = 0; round < 12; round++) {
            int teams = 1 + r.nextInt(4);
            ForecastWork work = randomWork(r, teams, 150 + r.nextInt(300));
            List<Throughput> tps = new ArrayList<>();
            for (int t = 0; t < teams; t++) {
                tps.add(randomWindow(r, "T" + t));
            }
            int[] daily = new MonteCarloForecast.Simulation(work, tps, false).trials(trials, r.nextLong());
            int[] blocks = new MonteCarloForecast.Simulation(work, tps, true).trials(trials, r.nextLong());
            double d = ks(daily, blocks);
            assertTrue("round " + round + ": D = " + d, d < critical);
        }
        // the test's power: a team with 5% more pooled work is told apart
        ForecastWork.Builder b = ForecastWork.builder(1);
        ForecastWork.Builder more = ForecastWork.builder(1);
        for (int i = 0; i < 200; i++) {
            b.addIssue(0, 1, true);
            more.addIssue(0, 1, true);
        }
        for (int i = 0; i < 10; i++) {
            more.addIssue(0, 1, true);
        }
        List<Throughput> one = List.of(randomWindow(new SplittableRandom(1), "T"));
        double d = ks(new MonteCarloForecast.Simulation(b.build(), one, true).trials(trials, 1),
                new MonteCarloForecast.Simulation(more.build(), one, true).trials(trials, 2));
        assertTrue("D = " + d, d > critical);
    }

    /** The two-sample Kolmogorov-Smirnov statistic: the largest gap between the samples' distribution functions. */
    private static double ks(int[] a, int[] b) {
        int[] x = a.clone();
        int[] y = b.clone();
        Arrays.sort(x);
        Arrays.sort(y);
        int i = 0;
        int j = 0;
        double d = 0;
        while (i < x.length && j < y.length) {
            int v = Math.min(x[i], y[j]);
            while (i < x.length && x[i] == v) {
                i++;
            }
            while (j < y.length && y[j] == v) {
                j++;
            }
            d = Math.max(d, Math.abs((double) i / x.length - (double) j / y.length));
        }
        return d;
    }

    private static ForecastWork randomWork(SplittableRandom r, int teams) {
        return randomWork(r, teams, 1 + r.nextInt(300));
    }

    private static ForecastWork randomWork(SplittableRandom r, int teams, int n) {
        ForecastWork.Builder b = ForecastWork.builder(teams);
        int dependencies = r.nextInt(n + 1);
        for (int i = 0; i < n; i++) {
            b.addIssue(r.nextInt(teams), r.nextInt(4) == 0 ? 0.5 * (1 + r.nextInt(6)) : 1 + r.nextInt(3),
                    r.nextInt(6) != 0);
        }
        for (int j = 0; j < dependencies; j++) {
            int a = r.nextInt(n);
            int c = r.nextInt(n);
            if (a != c) {
                // mostly from an earlier issue to a later one; now and then backwards, which may close a cycle
                boolean back = r.nextInt(10) == 0;
                b.addDependency(back ? Math.max(a, c) : Math.min(a, c), back ? Math.min(a, c) : Math.max(a, c));
            }
        }
        return b.build();
    }

    /** 1 to 60 days of 0 to 4 (halves now and then), at least one day more than 0. */
    private static Throughput randomWindow(SplittableRandom r, String team) {
        double[] days = new double[1 + r.nextInt(60)];
        for (int i = 0; i < days.length; i++) {
            days[i] = r.nextInt(3) == 0 ? 0 : r.nextInt(5) == 0 ? 0.5 * r.nextInt(8) : r.nextInt(5);
        }
        if (Arrays.stream(days).allMatch(v -> v == 0)) {
            days[r.nextInt(days.length)] = 1 + r.nextInt(3);
        }
        return new Throughput(team, days, 20, TODAY.minusDays(90), TODAY.minusDays(1));
    }
}
