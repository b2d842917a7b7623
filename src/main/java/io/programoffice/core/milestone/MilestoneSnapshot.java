package io.programoffice.core.milestone;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One milestone as a baseline keeps it: its id, name and target date, the issues of its scope at that time (every
 * one the program had, whoever may browse them: readers count only those they may see) and the forecast then.
 * Immutable.
 *
 * @param milestoneId the milestone's id
 * @param name        its name then
 * @param targetDate  its target date then
 * @param scope       the issues in its scope then, by id and key
 * @param p50         the P50 forecast then, or null (nothing open, or it could not forecast)
 * @param p85         the P85 forecast then, or null
 * @param p95         the P95 forecast then, or null
 */
public record MilestoneSnapshot(long milestoneId, String name, LocalDate targetDate, List<ScopeIssue> scope,
                                LocalDate p50, LocalDate p85, LocalDate p95) {
    public MilestoneSnapshot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(targetDate, "targetDate");
        scope = List.copyOf(scope);
    }

    /** An issue in a snapshot's scope. */
    public record ScopeIssue(long id, String key) {
        public ScopeIssue {
            Objects.requireNonNull(key, "key");
        }
    }
}
