package io.programoffice.core.risk;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * One part of a program's weekly risk snapshot, the risks of one project in one issue security level (or none): how
 * many were open, their exposure (sum of residual scores), how many were high and how many not assessed. A snapshot
 * keeps a row per project and level, so a reader sums only the rows of projects they may browse and levels they may
 * see, and never counts a risk they could not see. Immutable.
 *
 * @param programKey the program
 * @param week       the Monday of the ISO week (UTC)
 * @param takenAt    when it was taken
 * @param project    the project key
 * @param securityLevelId the issue security level of these risks, 0 for none
 * @param open       open risks
 * @param exposure   the sum of their residual scores
 * @param high       open risks scoring {@link RiskScale#HIGH_SCORE} or more
 * @param unassessed open risks without a score
 */
public record RiskSnapshot(String programKey, LocalDate week, Instant takenAt, String project, long securityLevelId,
                           int open, int exposure, int high, int unassessed) {
    public RiskSnapshot {
        Objects.requireNonNull(programKey, "programKey");
        Objects.requireNonNull(takenAt, "takenAt");
        Objects.requireNonNull(project, "project");
        if (week.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a snapshot's week starts on a Monday, not " + week);
        }
        if (securityLevelId < 0) {
            throw new IllegalArgumentException("a security level id is positive, or 0 for none");
        }
        if (open < 0 || exposure < 0 || high < 0 || unassessed < 0 || high > open || unassessed > open) {
            throw new IllegalArgumentException("counts must be 0 or more, high and unassessed at most open");
        }
    }

    /** The Monday of the ISO week (UTC) of {@code at}. */
    public static LocalDate weekOf(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
