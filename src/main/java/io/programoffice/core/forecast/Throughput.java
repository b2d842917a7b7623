package io.programoffice.core.forecast;

import io.programoffice.core.analysis.WorkingDays;
import io.programoffice.core.scheme.WorkingCalendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A team's recent pace, as the forecast samples it: for each working day of a window ending the working day before
 * today, the work the team resolved that day (issues, or estimate, as the caller counts it). A resolution on a
 * non-working day counts on the working day before it. Immutable.
 *
 * @param team       the team's name
 * @param perDay     the work resolved on each working day of the window, oldest first (do not modify)
 * @param dataPoints the number of resolutions in the window
 * @param from       the window's first working day
 * @param to         the window's last working day
 */
public record Throughput(String team, double[] perDay, int dataPoints, LocalDate from, LocalDate to) {
    /** Fewer resolutions than this in the window: the forecast warns that the team's pace is uncertain. */
    public static final int FEW_DATA_POINTS = 20;
    /** The longest window, in working days (about four years). */
    public static final int MAX_WINDOW = 1_000;

    /** One resolution: the day it happened and how much work it counts for. */
    public record Resolution(LocalDate date, double amount) {
    }

    /**
     * The pace of {@code team} over the {@code windowDays} working days before {@code today}.
     *
     * @throws IllegalArgumentException when the window is not 1..{@value #MAX_WINDOW} working days, or an amount is
     *                                  negative or not a number
     */
    public static Throughput of(String team, List<Resolution> resolved, WorkingCalendar calendar, LocalDate today,
                                int windowDays) {
        if (windowDays < 1 || windowDays > MAX_WINDOW) {
            throw new IllegalArgumentException("the throughput window must be between 1 and " + MAX_WINDOW
                    + " working days, not " + windowDays);
        }
        WorkingDays days = new WorkingDays(calendar, today);
        // working day 0 is today (or the next working day): the window is days -windowDays .. -1
        double[] perDay = new double[windowDays];
        int points = 0;
        for (Resolution r : resolved) {
            if (!(r.amount() >= 0) || Double.isInfinite(r.amount())) {
                throw new IllegalArgumentException("a resolution's amount must be a number of at least 0, not "
                        + r.amount());
            }
            long day = days.dayOfEpoch(r.date().toEpochDay() + 1) - 1; // the last working day on or before it
            long slot = day + windowDays;
            if (day < 0 && slot >= 0) {
                perDay[(int) slot] += r.amount();
                points++;
            }
        }
        return new Throughput(team, perDay, points, days.date(-windowDays), days.date(-1));
    }

    /** The number of working days in the window. */
    public int windowDays() {
        return perDay.length;
    }

    /** Whether the team resolved anything in the window. */
    public boolean any() {
        return Arrays.stream(perDay).anyMatch(d -> d > 0);
    }

    /** The mean work resolved per working day. */
    public double mean() {
        return Arrays.stream(perDay).average().orElse(0);
    }
}
