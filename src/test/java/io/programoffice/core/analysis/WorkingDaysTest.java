package io.programoffice.core.analysis;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.programoffice.core.scheme.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.Test;

public class WorkingDaysTest {

    @Test
    public void date_countsOnlyWorkingDays_acrossWeekendsAndHolidays() {
        WorkingCalendar calendar = new WorkingCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                new TreeSet<>(List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26))));
        WorkingDays days = new WorkingDays(calendar, LocalDate.of(2026, 12, 21));
        assertEquals(LocalDate.of(2026, 12, 21), days.date(0));
        assertEquals(LocalDate.of(2026, 12, 24), days.date(3));
        assertEquals(LocalDate.of(2026, 12, 28), days.date(4));
        assertEquals(LocalDate.of(2026, 12, 18), days.date(-1));
        assertEquals(4, days.dayOf(LocalDate.of(2026, 12, 25)));
        assertEquals(1, days.workingDaysAfter(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 28)));
    }

    @Test
    public void conversions_matchWalkingTheCalendar_dayByDay() {
        for (long seed = 1; seed <= 60; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            WorkingCalendar calendar = RandomGraphs.calendar(r);
            LocalDate start = RandomGraphs.START.plusDays(r.nextInt(-10, 10));
            WorkingDays days = new WorkingDays(calendar, start);
            LocalDate d = start;
            while (!calendar.isWorkingDay(d)) {
                d = d.plusDays(1);
            }
            for (int k = 0; k < 120; k++) {
                assertEquals("seed " + seed + " day " + k, d, days.date(k));
                assertEquals(k, days.dayOf(d));
                LocalDate next = d.plusDays(1);
                while (!calendar.isWorkingDay(next)) {
                    assertEquals("a day off counts as the next working day", k + 1, days.dayOf(next));
                    next = next.plusDays(1);
                }
                d = next;
            }
            LocalDate back = start.minusDays(1);
            for (int k = -1; k > -40; k--) {
                while (!calendar.isWorkingDay(back)) {
                    back = back.minusDays(1);
                }
                assertEquals("seed " + seed + " day " + k, back, days.date(k));
                back = back.minusDays(1);
            }
        }
    }

    @Test
    public void constructor_rejectsMissingValues() {
        assertThrows(IllegalArgumentException.class, () -> new WorkingDays(null, LocalDate.now()));
        assertThrows(IllegalArgumentException.class, () -> new WorkingDays(WorkingCalendar.WEEKDAYS, null));
    }
}
