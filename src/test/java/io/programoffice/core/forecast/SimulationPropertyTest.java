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
            int[] fast = new MonteCarloForecast.Simulation(work, tps).trials(100, seed);
            int[] slow = new DaySteppedSimulation(work, tps).trials(100, seed);
            assertArrayEquals("round " + round + ": " + Arrays.toString(fast) + " vs " + Arrays.toString(slow),
                    slow, fast);
            withDependencies += work.linked > 0 ? 1 : 0;
        }
        assertTrue(withDependencies > 200); // most rounds exercise the dependencies, not only the pooled work
    }

    private static ForecastWork randomWork(SplittableRandom r, int teams) {
        ForecastWork.Builder b = ForecastWork.builder(teams);
        int n = 1 + r.nextInt(300);
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
