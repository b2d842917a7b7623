package io.programoffice.core.milestone;

import java.util.List;
import java.util.Optional;

/** Where milestones are kept (ActiveObjects in Jira, memory in tests). Implementations are thread-safe. */
public interface MilestoneStore {
    /** The program's milestones by position, then id. */
    List<Milestone> list(String programKey);

    Optional<Milestone> find(long id);

    /** Stores a new milestone (its id and version are ignored) and returns it with its id and version 1. */
    Milestone create(Milestone milestone);

    /**
     * Replaces the stored milestone of the same id if its stored version is {@code milestone.version()}; returns it
     * with the next version, or empty when the stored one is of another version or gone.
     */
    Optional<Milestone> update(Milestone milestone);

    /** Deletes the milestone; whether it existed. */
    boolean delete(long id);
}
