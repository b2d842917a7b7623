package io.programoffice.core.milestone;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A milestone's burnup: at the end of each week, how many of the issues now in its scope existed (scope) and how many
 * of them were resolved (done). Scope is counted from each issue's creation, since Jira keeps no history of a fix
 * version or a query here; baselines record the scope as it was. Immutable.
 *
 * @param points one per week, oldest first, the last one today
 */
public record Burnup(List<Point> points) {
    /** The most weeks a burnup shows. */
    public static final int MAX_WEEKS = 104;

    public Burnup {
        points = List.copyOf(points);
    }

    /** The counts on {@code date}: issues created by then, and of those resolved by then. */
    public record Point(LocalDate date, int scope, int done) {
    }

    /**
     * The burnup of {@code scope} over the {@code weeks} weeks to {@code today}: a point on each Sunday and one today
     * (fewer when the earliest issue is younger).
     *
     * @param created the day each issue was created
     */
    public static Burnup weekly(List<MilestoneIssue> scope, Function<String, LocalDate> created, LocalDate today,
                                int weeks) {
        Objects.requireNonNull(today, "today");
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new IllegalArgumentException("weeks must be 1.." + MAX_WEEKS + ", not " + weeks);
        }
        int n = scope.size();
        long[] createdDays = new long[n];
        long[] doneDays = new long[n];
        long earliest = today.toEpochDay();
        for (int i = 0; i < n; i++) {
            MilestoneIssue issue = scope.get(i);
            LocalDate c = created.apply(issue.key());
            createdDays[i] = c == null ? today.toEpochDay() : c.toEpochDay();
            doneDays[i] = issue.done() && issue.resolved() != null ? issue.resolved().toEpochDay() : Long.MAX_VALUE;
            earliest = Math.min(earliest, createdDays[i]);
        }
        Arrays.sort(createdDays);
        Arrays.sort(doneDays);
        LocalDate first = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)).minusWeeks(weeks - 1L);
        LocalDate from = LocalDate.ofEpochDay(Math.max(first.toEpochDay(), earliest))
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<Point> points = new ArrayList<>();
        for (LocalDate d = from; d.isBefore(today); d = d.plusWeeks(1)) {
            points.add(point(d, createdDays, doneDays));
        }
        points.add(point(today, createdDays, doneDays));
        return new Burnup(points);
    }

    private static Point point(LocalDate date, long[] createdDays, long[] doneDays) {
        return new Point(date, atMost(createdDays, date.toEpochDay()), atMost(doneDays, date.toEpochDay()));
    }

    /** How many of the sorted {@code days} are on or before {@code day}. */
    private static int atMost(long[] days, long day) {
        int lo = 0;
        int hi = days.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] <= day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
