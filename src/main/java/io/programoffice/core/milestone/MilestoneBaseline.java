package io.programoffice.core.milestone;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A baseline of a program's milestones: what each milestone's scope, target and forecast were at one moment, taken
 * by hand by an owner of the program or an administrator, or by the weekly job. Immutable.
 *
 * @param id         the store's id (0 before it is stored)
 * @param programKey the program's key
 * @param takenAt    when it was taken
 * @param takenBy    the username of who took it, or null for the weekly job
 * @param kind       how it was taken
 * @param milestones the program's milestones then, in their order
 */
public record MilestoneBaseline(long id, String programKey, Instant takenAt, String takenBy, Kind kind,
                                List<MilestoneSnapshot> milestones) {
    /** How a baseline was taken. */
    public enum Kind {
        /** By a person, through the page or REST. */
        MANUAL,
        /** By the weekly job. */
        WEEKLY
    }

    public MilestoneBaseline {
        Objects.requireNonNull(programKey, "programKey");
        Objects.requireNonNull(takenAt, "takenAt");
        Objects.requireNonNull(kind, "kind");
        milestones = List.copyOf(milestones);
        if ((kind == Kind.WEEKLY) != (takenBy == null)) {
            throw new IllegalArgumentException("a " + kind + " baseline " + (takenBy == null ? "needs" : "has no")
                    + " taker");
        }
    }

    /** This baseline with the store's id. */
    public MilestoneBaseline withId(long newId) {
        return new MilestoneBaseline(newId, programKey, takenAt, takenBy, kind, milestones);
    }

    /** What lists show of it. */
    public BaselineSummary summary() {
        return new BaselineSummary(id, programKey, takenAt, takenBy, kind, milestones.size());
    }
}
