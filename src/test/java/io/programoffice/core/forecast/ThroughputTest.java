package io.programoffice.core.forecast;

import io.programoffice.core.scheme.WorkingCalendar;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

public class ThroughputTest {
    /** A Monday. */
    private static final LocalDate TODAY = LocalDate.parse("2027-03-01");

    private static Throughput.Resolution on(String date, double amount) {
        return new Throughput.Resolution(LocalDate.parse(date), amount);
    }

    @Test
    public void of_countsEachWorkingDayOfTheWindowBeforeToday_weekendsOnTheFridayBefore() {
        // window: the 5 working days before Monday 1 March: Mon 22 .. Fri 26 February
        Throughput t = Throughput.of("Web", List.of(on("2027-02-22", 1), on("2027-02-24", 1), on("2027-02-24", 2),
                on("2027-02-27", 1), on("2027-02-28", 1), // the weekend: counted on Friday 26
                on("2027-02-19", 1), // before the window
                on("2027-03-01", 1)), // today: not yet a whole day
                WorkingCalendar.WEEKDAYS, TODAY, 5);
        assertArrayEquals(new double[] {1, 0, 3, 0, 2}, t.perDay(), 0);
        assertEquals(5, t.dataPoints());
        assertEquals(LocalDate.parse("2027-02-22"), t.from());
        assertEquals(LocalDate.parse("2027-02-26"), t.to());
        assertEquals(1.2, t.mean(), 1e-9);
    }

    @Test
    public void of_withoutResolutions_hasNoThroughput() {
        assertFalse(Throughput.of("Web", List.of(), WorkingCalendar.WEEKDAYS, TODAY, 10).any());
    }

    @Test
    public void of_refusesAWindowOfZeroDays_andNegativeAmounts() {
        assertThrows(IllegalArgumentException.class,
                () -> Throughput.of("Web", List.of(), WorkingCalendar.WEEKDAYS, TODAY, 0));
        assertThrows(IllegalArgumentException.class,
                () -> Throughput.of("Web", List.of(on("2027-02-22", -1)), WorkingCalendar.WEEKDAYS, TODAY, 5));
    }
}
