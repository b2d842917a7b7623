package io.programoffice.core.scheme;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The working days of a week and the holidays of a scheme: lags and forecasts count only working days. Immutable.
 *
 * @param workingDays at least one day of the week
 * @param holidays    dates that are not worked, sorted
 */
public record WorkingCalendar(Set<DayOfWeek> workingDays, SortedSet<LocalDate> holidays) {
    /** Monday to Friday, no holidays. */
    public static final WorkingCalendar WEEKDAYS = new WorkingCalendar(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), new TreeSet<>());

    public WorkingCalendar {
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("a calendar needs at least one working day");
        }
        workingDays = Collections.unmodifiableSet(EnumSet.copyOf(workingDays));
        holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
    }

    /** Whether {@code date} is worked. */
    public boolean isWorkingDay(LocalDate date) {
        return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }
}
