package io.programoffice.core.program;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

public class SharesTest {
    @Test
    public void percentages_addUpTo100_byGivingLeftoversToTheLargestRemainders() {
        assertArrayEquals(new int[] {34, 33, 33}, Shares.percentages(new long[] {1, 1, 1}));
        assertArrayEquals(new int[] {35, 29, 36}, Shares.percentages(new long[] {626, 531, 643}));
    }

    @Test
    public void percentages_ofNothing_areAllZero() {
        assertArrayEquals(new int[] {0, 0}, Shares.percentages(new long[] {0, 0}));
        assertArrayEquals(new int[0], Shares.percentages(new long[0]));
    }

    @Test
    public void percentages_keepExactShares() {
        assertArrayEquals(new int[] {25, 75, 0}, Shares.percentages(new long[] {1, 3, 0}));
    }

    @Test
    public void percentages_rejectNegativeParts() {
        assertThrows(IllegalArgumentException.class, () -> Shares.percentages(new long[] {-1, 2}));
    }
}
