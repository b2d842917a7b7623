package io.programoffice.core.forecast;

import io.programoffice.core.scheme.WorkingCalendar;
import org.junit.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class MonteCarloForecastTest {
    /** A Monday. */
    private static final LocalDate TODAY = LocalDate.parse("2027-03-01");
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final WorkingCalendar CAL = WorkingCalendar.WEEKDAYS;

    /** A throughput resolving exactly {@code perDay} on each of 20 working days. */
    private static Throughput steady(String team, double perDay) {
        double[] days = new double[20];
        Arrays.fill(days, perDay);
        return new Throughput(team, days, perDay > 0 ? 40 : 0, TODAY.minusDays(28), TODAY.minusDays(3));
    }

    private static Throughput varied(String team, long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        double[] days = new double[60];
        int points = 0;
        for (int i = 0; i < days.length; i++) {
            days[i] = r.nextInt(6);
            points += (int) days[i];
        }
        return new Throughput(team, days, points, TODAY.minusDays(84), TODAY.minusDays(3));
    }

    private static ForecastResult run(ForecastWork work, List<Throughput> tps, LocalDate target, long seed) {
        return MonteCarloForecast.run(work, tps, CAL, target, 10_000, seed, CLOCK);
    }

    @Test
    public void singleTeam_atASteadyPace_finishesOnTheHandCountedDay() {
        ForecastWork.Builder b = ForecastWork.builder(1);
        for (int i = 0; i < 10; i++) {
            b.addIssue(0, 1, true);
        }
        // 2 a day: days 0..4 (Mon 1 Mar .. Fri 5 Mar) finish the 10 issues
        ForecastResult f = run(b.build(), List.of(steady("Web", 2)), LocalDate.parse("2027-03-05"), 1);
        assertTrue(f.forecasted());
        assertEquals(LocalDate.parse("2027-03-05"), f.p50());
        assertEquals(LocalDate.parse("2027-03-05"), f.p95());
        assertEquals(1.0, f.probabilityOnTime(), 0);
        ForecastResult early = run(b.build(), List.of(steady("Web", 2)), LocalDate.parse("2027-03-04"), 1);
        assertEquals(0.0, early.probabilityOnTime(), 0);
    }

    @Test
    public void dependency_waitsForTheUpstreamToFinish_thenStartsTheNextDay() {
        // Web's one issue (size 1, 5 a day: a day's work) waits on API's chain of 3 issues at 1 a day: days 0, 1, 2
        ForecastWork.Builder b = ForecastWork.builder(2);
        int a1 = b.addIssue(1, 1, false);
        int a2 = b.addIssue(1, 1, false);
        int a3 = b.addIssue(1, 1, false);
        int web = b.addIssue(0, 1, true);
        b.addDependency(a1, a2).addDependency(a2, a3).addDependency(a3, web);
        ForecastResult f = run(b.build(), List.of(steady("Web", 5), steady("API", 1)), null, 3);
        // a1 day 0, a2 day 1, a3 day 2, web day 3 (Thu 4 Mar)
        assertEquals(LocalDate.parse("2027-03-04"), f.p50());
        assertTrue(Double.isNaN(f.probabilityOnTime()));
    }

    @Test
    public void slowUpstream_makesTheForecastLater_thanWithoutTheDependency() {
        List<Throughput> tps = List.of(varied("Web", 1), varied("API", 2));
        ForecastResult with = run(milestoneWaitingOnApi(true), tps, null, 7);
        ForecastResult without = run(milestoneWaitingOnApi(false), tps, null, 7);
        assertTrue(with.p85() + " vs " + without.p85(), with.p85().isAfter(without.p85()));
    }

    /** 40 Web issues in the milestone; the last waits on the end of a 30-issue API chain when {@code depends}. */
    private static ForecastWork milestoneWaitingOnApi(boolean depends) {
        ForecastWork.Builder b = ForecastWork.builder(2);
        int last = -1;
        for (int i = 0; i < 40; i++) {
            last = b.addIssue(0, 1, true);
        }
        int prev = -1;
        for (int i = 0; i < 30; i++) {
            int a = b.addIssue(1, 1, false);
            if (prev >= 0) {
                b.addDependency(prev, a);
            }
            prev = a;
        }
        if (depends) {
            b.addDependency(prev, last);
        }
        return b.build();
    }

    @Test
    public void sameInputsAndSeed_giveTheSameAnswer_andP85VariesUnderTwoPercentAcrossSeeds() {
        ForecastWork work = mixedProgram();
        List<Throughput> tps = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            tps.add(varied("T" + t, 10 + t));
        }
        assertEquals(run(work, tps, TODAY.plusDays(120), 5), run(work, tps, TODAY.plusDays(120), 5));
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long seed = 1; seed <= 5; seed++) {
            ForecastResult f = run(work, tps, null, seed);
            long days = f.p85().toEpochDay() - TODAY.toEpochDay();
            min = Math.min(min, days);
            max = Math.max(max, days);
        }
        assertTrue(min + ".." + max, max - min <= 0.02 * max);
        assertTrue(min > 20); // a real spread, not an empty program
    }

    /** 4 teams, 200 issues, one in five waiting on an earlier issue of another team. */
    private static ForecastWork mixedProgram() {
        ForecastWork.Builder b = ForecastWork.builder(4);
        java.util.SplittableRandom r = new java.util.SplittableRandom(99);
        for (int i = 0; i < 200; i++) {
            int issue = b.addIssue(i % 4, 1, true);
            if (i > 8 && r.nextInt(5) == 0) {
                b.addDependency(r.nextInt(i), issue);
            }
        }
        return b.build();
    }

    @Test
    public void theAnswer_doesNotDependOnHowManyThreadsRunTheTrials() throws Exception {
        ForecastWork work = mixedProgram();
        List<Throughput> tps = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            tps.add(varied("T" + t, 20 + t));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int trials : new int[] {100, 1_234, 10_000}) { // chunks of 250: fewer, uneven, many
                ForecastResult alone = MonteCarloForecast.run(work, tps, CAL, TODAY.plusDays(100), trials, 11, CLOCK);
                ForecastResult shared = MonteCarloForecast.run(work, tps, CAL, TODAY.plusDays(100), trials, 11, CLOCK,
                        new ForecastThreads(pool, 3));
                assertEquals(alone, shared);
            }
            int[] one = TeamDays.trials(() -> new MonteCarloForecast.Simulation(work, tps), 1_234, 5, Runnable::run, 1);
            int[] three = TeamDays.trials(() -> new MonteCarloForecast.Simulation(work, tps), 1_234, 5, pool, 3);
            assertEquals(Arrays.toString(one), Arrays.toString(three));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void teamWithoutThroughput_cannotForecast_withTheReason() {
        ForecastWork.Builder b = ForecastWork.builder(2);
        b.addIssue(0, 1, true);
        b.addIssue(1, 1, true);
        ForecastResult f = run(b.build(), List.of(steady("Web", 2), steady("API", 0)), TODAY, 1);
        assertFalse(f.forecasted());
        assertNull(f.p50());
        assertEquals("program-office.forecast.no-throughput", f.reason().key());
        assertEquals(List.of("API", 20), f.reason().arguments());
    }

    @Test
    public void teamWithoutThroughput_butNoWork_doesNotStopTheForecast() {
        ForecastWork.Builder b = ForecastWork.builder(2);
        b.addIssue(0, 1, true);
        assertTrue(run(b.build(), List.of(steady("Web", 2), steady("API", 0)), TODAY, 1).forecasted());
    }

    @Test
    public void anIssueOutsideTheMilestone_thatNothingWaitsOn_delaysNothing() {
        // 10 milestone issues at 2 a day finish Friday 5 March; 20 more outside it would take two more weeks
        ForecastWork.Builder b = ForecastWork.builder(1);
        for (int i = 0; i < 10; i++) {
            b.addIssue(0, 1, true);
        }
        b.addIssue(0, 1, false); // outside, nothing waits on it
        int cycleA = b.addIssue(0, 10, false);
        int cycleB = b.addIssue(0, 10, false);
        b.addDependency(cycleA, cycleB).addDependency(cycleB, cycleA); // left out: then nothing waits on either
        ForecastWork work = b.build();
        assertEquals(10, work.issues(0));
        assertEquals(LocalDate.parse("2027-03-05"), run(work, List.of(steady("Web", 2)), null, 1).p95());
        assertEquals(2, work.ignoredDependencies());
    }

    @Test
    public void allDone_finishesToday_onTime() {
        ForecastResult f = run(ForecastWork.builder(1).build(), List.of(steady("Web", 1)), TODAY, 1);
        assertEquals(TODAY, f.p50());
        assertEquals(TODAY, f.p95());
        assertEquals(1.0, f.probabilityOnTime(), 0);
    }

    @Test
    public void fewDataPoints_andCycles_areWarnedAbout_andStillForecast() {
        ForecastWork.Builder b = ForecastWork.builder(1);
        int x = b.addIssue(0, 1, true);
        int y = b.addIssue(0, 1, true);
        b.addDependency(x, y).addDependency(y, x);
        Throughput sparse = new Throughput("Web", new double[] {1, 0, 1}, 2, TODAY.minusDays(5), TODAY.minusDays(3));
        ForecastResult f = run(b.build(), List.of(sparse), null, 1);
        assertTrue(f.forecasted());
        assertEquals(List.of("program-office.forecast.few-points", "program-office.forecast.cycles"),
                f.warnings().stream().map(p -> p.key()).toList());
        assertNotEquals(null, f.p95());
    }

    @Test
    public void badInput_isRefused() {
        ForecastWork work = ForecastWork.builder(1).build();
        List<Throughput> one = List.of(steady("Web", 1));
        assertThrows(IllegalArgumentException.class, () -> MonteCarloForecast.run(work, one, CAL, null, 99, 1, CLOCK));
        assertThrows(IllegalArgumentException.class,
                () -> MonteCarloForecast.run(work, one, CAL, null, 100_001, 1, CLOCK));
        assertThrows(IllegalArgumentException.class,
                () -> MonteCarloForecast.run(work, List.of(), CAL, null, 1000, 1, CLOCK));
        assertThrows(IllegalArgumentException.class, () -> new ForecastThreads(Runnable::run, 0));
        assertThrows(IllegalArgumentException.class, () -> ForecastWork.builder(1).addIssue(1, 1, true));
        assertThrows(IllegalArgumentException.class, () -> ForecastWork.builder(1).addIssue(0, 0, true));
        ForecastWork.Builder b = ForecastWork.builder(1);
        int i = b.addIssue(0, 1, true);
        assertThrows(IllegalArgumentException.class, () -> b.addDependency(i, i));
    }
}
