package io.programoffice.core.forecast;

import org.junit.Test;

import java.time.LocalDate;
import java.util.SplittableRandom;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class BlockSumsTest {
    private static final LocalDate DAY = LocalDate.parse("2027-03-01");

    private static TeamDays.Windows windows(double[]... days) {
        return TeamDays.Windows.of(java.util.Arrays.stream(days)
                .map(d -> new Throughput("T", d, 20, DAY.minusDays(30), DAY.minusDays(1))).toList());
    }

    @Test
    public void twoDays_holdExactlyTheHandCountedChances() {
        // a day resolves 0, 1 or 3 with chances 1/4, 1/2, 1/4
        BlockSums b = new BlockSums(windows(new double[] {0, 1, 1, 3}));
        long u = ForecastWork.UNIT;
        assertEquals(1.0 / 16, b.probability(0, 0, 0), 1e-9);
        assertEquals(4.0 / 16, b.probability(0, 0, u), 1e-9);
        assertEquals(4.0 / 16, b.probability(0, 0, 2 * u), 1e-9);
        assertEquals(2.0 / 16, b.probability(0, 0, 3 * u), 1e-9);
        assertEquals(4.0 / 16, b.probability(0, 0, 4 * u), 1e-9);
        assertEquals(0, b.probability(0, 0, 5 * u), 1e-9);
        assertEquals(1.0 / 16, b.probability(0, 0, 6 * u), 1e-9);
        assertEquals(0, b.probability(0, 0, u / 2), 0);
    }

    @Test
    public void everyLevel_sumsToOne_withTheMeanAndVarianceOfItsDays() {
        double[] days = {0, 2, 5, 1, 1, 0, 4, 3, 0.5, 2};
        BlockSums b = new BlockSums(windows(days));
        double mean = java.util.Arrays.stream(days).average().orElseThrow() * ForecastWork.UNIT;
        double var = java.util.Arrays.stream(days).map(d -> d * ForecastWork.UNIT - mean).map(x -> x * x)
                .average().orElseThrow();
        assertEquals(BlockSums.LEVELS, b.levels(0));
        for (int j = 0; j < b.levels(0); j++) {
            int blockDays = 2 << j;
            double total = 0;
            double m = 0;
            double m2 = 0;
            for (long s = 0; s <= blockDays * 5L * ForecastWork.UNIT; s += ForecastWork.UNIT / 2) {
                double p = b.probability(0, j, s);
                total += p;
                m += p * s;
                m2 += p * s * s;
            }
            assertEquals(1, total, 1e-9);
            assertEquals(blockDays * mean, m, 1e-6 * m);
            assertEquals(blockDays * var, m2 - m * m, 1e-6 * blockDays * var);
        }
    }

    @Test
    public void draws_followTheTable() {
        BlockSums b = new BlockSums(windows(new double[] {0, 1, 1, 3}));
        SplittableRandom r = new SplittableRandom(3);
        int n = 400_000;
        int[] count = new int[13];
        for (int i = 0; i < n; i++) {
            count[(int) (b.draw(0, 1, r.nextLong()) / ForecastWork.UNIT)]++; // 4 days: 0..12
        }
        for (int k = 0; k <= 12; k++) {
            double p = b.probability(0, 1, k * ForecastWork.UNIT);
            double sd = Math.sqrt(n * p * (1 - p));
            assertTrue(k + ": " + count[k] + " vs " + n * p, Math.abs(count[k] - n * p) <= 5 * sd + 1);
        }
    }

    @Test
    public void aTeamWhoseDaysNeedTooFineATable_getsNoBlocks_andOthersFewer() {
        BlockSums b = new BlockSums(windows(new double[] {0.001, 1}, new double[] {0, 1, 40}, new double[] {0, 0}));
        assertEquals(0, b.levels(0)); // steps of 0.001 up to 1: 1,001 values a day
        assertEquals(4, b.levels(1)); // 0..40 a day: 16 days make 641 values, 32 days too many
        assertEquals(0, b.levels(2)); // resolves nothing
    }
}
