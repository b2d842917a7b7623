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
    public void conversions_matchWalkingTheCalendar_acrossTheTableWindowsEdges() {
        LocalDate start = LocalDate.of(2027, 1, 6);
        java.util.TreeSet<LocalDate> holidays = new java.util.TreeSet<>();
        for (LocalDate h : List.of(start.minusYears(4), start.minusDays(3 * 366 + 1), start.minusDays(3 * 366 - 2),
                start.plusDays(5), start.plusDays(12 * 366 - 3), start.plusDays(12 * 366 + 2), start.plusYears(14))) {
            holidays.add(h.getDayOfWeek().getValue() > 5 ? h.plusDays(2) : h);
        }
        WorkingCalendar calendar = new WorkingCalendar(WorkingCalendar.WEEKDAYS.workingDays(), holidays);
        WorkingDays days = new WorkingDays(calendar, start);
        LocalDate from = start.minusYears(5);
        long k = days.dayOf(from);
        for (LocalDate d = from; d.isBefore(start.plusYears(15)); d = d.plusDays(1)) {
            assertEquals("day of " + d, k, days.dayOf(d));
            if (calendar.isWorkingDay(d)) {
                assertEquals("date of working day " + k, d, days.date(k));
                k++;
            }
        }
        assertEquals(0, days.dayOf(start));
    }

    @Test
    public void constructor_rejectsMissingValues() {
        assertThrows(IllegalArgumentException.class, () -> new WorkingDays(null, LocalDate.now()));
        assertThrows(IllegalArgumentException.class, () -> new WorkingDays(WorkingCalendar.WEEKDAYS, null));
    }
}
