package io.programoffice.core.milestone;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A program milestone: a named target date over a scope of the program's issues, with an owner and a place in the
 * program's order of milestones. Immutable; {@code version} counts stored changes, so a change made from an older
 * copy is refused (409).
 *
 * @param id          the store's id (0 before it is stored)
 * @param programKey  the program's key
 * @param name        the name, unique per program (case-insensitively)
 * @param description free text, possibly empty
 * @param targetDate  the day it is due
 * @param scope       which issues it covers
 * @param owner       the username of who answers for it
 * @param position    its place among the program's milestones (smaller first)
 * @param version     the stored version (0 before it is stored)
 */
public record Milestone(long id, String programKey, String name, String description, LocalDate targetDate,
                        MilestoneScope scope, String owner, int position, int version) {
    public Milestone {
        Objects.requireNonNull(programKey, "programKey");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(targetDate, "targetDate");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(owner, "owner");
    }
}
