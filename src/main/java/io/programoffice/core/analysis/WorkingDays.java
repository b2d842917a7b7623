package io.programoffice.core.analysis;

import io.programoffice.core.scheme.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A {@link WorkingCalendar} numbered from a start date: working day 0 is the first working day on or after the start,
 * 1 the next one, and so on (negative before the start). Converts between working-day numbers and dates in
 * O(1) from tables for dates within three years before and twelve after the start (built once, about 40 KB), and
 * in O(log holidays) with no per-day loop outside them, so schedules of any length convert in constant-ish time.
 * Immutable and thread-safe.
 */
public final class WorkingDays {
    private final WorkingCalendar calendar;
    private final LocalDate start;
    private final long startEpoch;
    /** Day offsets (0-6) from the start of the working weekdays in the week beginning at the start. */
    private final int[] offsets;
    /** Per day offset 0-7: how many working weekdays lie before it in that week. */
    private final int[] before = new int[8];
    /** Holidays on working weekdays, as weekday numbers (no holidays counted), sorted; {@code h[i] - i} as well. */
    private final long[] holidayWeekdays;
    private final long[] holidayRank;
    /** Holidays on working weekdays before the start: the shift between global and start-based numbers. */
    private final long base;
    /**
     * Precomputed answers near the start, where programs' dates lie: {@link #dayOfEpoch(long)} for epoch days
     * {@code firstEpoch..firstEpoch + dayOfTable.length - 1} and {@link #epochDay(long)} for working days
     * {@code firstDay..firstDay + epochTable.length - 1}; the arithmetic answers outside. About 40 KB.
     */
    private final long firstEpoch;
    private final int[] dayOfTable;
    private final long firstDay;
    private final int[] epochTable;

    /** Numbers the working days of {@code calendar} from {@code start}. */
    public WorkingDays(WorkingCalendar calendar, LocalDate start) {
        if (calendar == null || start == null) {
            throw new IllegalArgumentException("a calendar and a start date are required");
        }
        this.calendar = calendar;
        this.start = start;
        this.startEpoch = start.toEpochDay();
        int[] o = new int[7];
        int w = 0;
        for (int d = 0; d < 7; d++) {
            before[d] = w;
            DayOfWeek day = start.plusDays(d).getDayOfWeek();
            if (calendar.workingDays().contains(day)) {
                o[w++] = d;
            }
        }
        before[7] = w;
        offsets = Arrays.copyOf(o, w);
        holidayWeekdays = calendar.holidays().stream()
                .filter(h -> calendar.workingDays().contains(h.getDayOfWeek()))
                .mapToLong(this::weekdayNumber).sorted().distinct().toArray();
        holidayRank = new long[holidayWeekdays.length];
        for (int i = 0; i < holidayWeekdays.length; i++) {
            holidayRank[i] = holidayWeekdays[i] - i;
        }
        base = holidaysBefore(0);
        firstEpoch = startEpoch - TABLE_DAYS_BEFORE;
        dayOfTable = new int[TABLE_DAYS_BEFORE + TABLE_DAYS_AFTER];
        for (int i = 0; i < dayOfTable.length; i++) {
            dayOfTable[i] = (int) computeDayOfEpoch(firstEpoch + i);
        }
        firstDay = dayOfTable[0];
        int last = dayOfTable[dayOfTable.length - 1];
        epochTable = new int[last - (int) firstDay];
        for (int i = 0; i < epochTable.length; i++) {
            epochTable[i] = (int) computeEpochDay(firstDay + i);
        }
    }

    /** The table window around the start: three years before, twelve after. */
    private static final int TABLE_DAYS_BEFORE = 3 * 366;
    private static final int TABLE_DAYS_AFTER = 12 * 366;

    /** Heap retained by the tables and holidays. */
    long retainedBytesEstimate() {
        return DependencyGraph.array(dayOfTable.length, 4) + DependencyGraph.array(epochTable.length, 4)
                + 2 * DependencyGraph.array(holidayWeekdays.length, 8) + DependencyGraph.array(offsets.length, 4) + 96;
    }

    /** The calendar. */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /** The start date (working day 0 is the first working day on or after it). */
    public LocalDate start() {
        return start;
    }

    /** The date of working day {@code day}. */
    public LocalDate date(long day) {
        return LocalDate.ofEpochDay(epochDay(day));
    }

    /** The epoch day of working day {@code day}. */
    public long epochDay(long day) {
        long i = day - firstDay;
        return i >= 0 && i < epochTable.length ? epochTable[(int) i] : computeEpochDay(day);
    }

    private long computeEpochDay(long day) {
        long global = day - base;
        long weekday = global + countAtMost(holidayRank, global);
        int w = offsets.length;
        return startEpoch + 7 * Math.floorDiv(weekday, w) + offsets[(int) Math.floorMod(weekday, (long) w)];
    }

    /**
     * How many working days lie between the start and {@code date}: the number of {@code date} when it is a working
     * day, else the number of the next working day (so a date on a weekend counts as the Monday after).
     */
    public long dayOf(LocalDate date) {
        return dayOfEpoch(date.toEpochDay());
    }

    /** {@link #dayOf(LocalDate)} for an epoch day. */
    public long dayOfEpoch(long epochDay) {
        long i = epochDay - firstEpoch;
        return i >= 0 && i < dayOfTable.length ? dayOfTable[(int) i] : computeDayOfEpoch(epochDay);
    }

    private long computeDayOfEpoch(long epochDay) {
        long weekday = weekdayNumber(epochDay);
        return weekday - holidaysBefore(weekday) + base;
    }

    /** The number of working days in {@code (from, to]}; negative when {@code to} is before {@code from}. */
    public long workingDaysAfter(LocalDate from, LocalDate to) {
        return dayOfEpoch(to.toEpochDay() + 1) - dayOfEpoch(from.toEpochDay() + 1);
    }

    /** Whether {@code date} is worked. */
    public boolean isWorkingDay(LocalDate date) {
        return calendar.isWorkingDay(date);
    }

    private long weekdayNumber(LocalDate date) {
        return weekdayNumber(date.toEpochDay());
    }

    /** Working weekdays (holidays ignored) in {@code [start, day)}, negative before the start. */
    private long weekdayNumber(long epochDay) {
        long delta = epochDay - startEpoch;
        return Math.floorDiv(delta, 7) * offsets.length + before[(int) Math.floorMod(delta, 7L)];
    }

    private long holidaysBefore(long weekday) {
        return countLess(holidayWeekdays, weekday);
    }

    private static long countLess(long[] sorted, long value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static long countAtMost(long[] sorted, long value) {
        return value == Long.MAX_VALUE ? sorted.length : countLess(sorted, value + 1);
    }
}
