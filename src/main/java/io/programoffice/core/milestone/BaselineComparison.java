package io.programoffice.core.milestone;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How one milestone changed between two baselines (or a baseline and now), counting only the issues the viewer may
 * browse. Values of a side the milestone is not on are null. Immutable.
 *
 * @param milestoneId        the milestone's id
 * @param name               its name (the later one when it is on both sides)
 * @param status             on which sides it is
 * @param scopeBefore        issues in scope before, or null
 * @param scopeAfter         issues in scope after, or null
 * @param added              issues in scope after and not before
 * @param removed            issues in scope before and not after
 * @param scopeChangePercent the change of scope in percent of the scope before (one decimal), or null when it is
 *                           not on both sides or had no issue before
 * @param targetBefore       the target date before, or null
 * @param targetAfter        the target date after, or null
 * @param targetShiftDays    days the target moved (later is positive), or null
 * @param p85Before          the P85 forecast before, or null
 * @param p85After           the P85 forecast after, or null
 * @param p85ShiftDays       days the P85 forecast moved, or null when either is missing
 */
public record BaselineComparison(long milestoneId, String name, Status status, Integer scopeBefore,
                                 Integer scopeAfter, int added, int removed, Double scopeChangePercent,
                                 LocalDate targetBefore, LocalDate targetAfter, Long targetShiftDays,
                                 LocalDate p85Before, LocalDate p85After, Long p85ShiftDays) {
    /** On which sides of the comparison a milestone is. */
    public enum Status {
        /** On both. */
        BOTH,
        /** Only after: added since. */
        ADDED,
        /** Only before: deleted since. */
        REMOVED
    }

    public BaselineComparison {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
    }
}
