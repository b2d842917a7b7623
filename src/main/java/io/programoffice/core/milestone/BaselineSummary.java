package io.programoffice.core.milestone;

import java.time.Instant;
import java.util.Objects;

/**
 * A baseline as lists show it, without its snapshots. Immutable.
 *
 * @param id         the baseline's id
 * @param programKey the program's key
 * @param takenAt    when it was taken
 * @param takenBy    who took it, or null for the weekly job
 * @param kind       how it was taken
 * @param milestones how many milestones it holds
 */
public record BaselineSummary(long id, String programKey, Instant takenAt, String takenBy,
                              MilestoneBaseline.Kind kind, int milestones) {
    public BaselineSummary {
        Objects.requireNonNull(programKey, "programKey");
        Objects.requireNonNull(takenAt, "takenAt");
        Objects.requireNonNull(kind, "kind");
    }
}
