package io.programoffice.core.milestone;

import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;

import java.time.Instant;
import java.util.Optional;

/** Where baselines are kept (ActiveObjects in Jira, memory in tests). Implementations are thread-safe. */
public interface BaselineStore {
    /** The program's baselines, newest first (then by id, highest first), one page of them. */
    Page<BaselineSummary> list(String programKey, PageRequest page);

    /** A baseline with its snapshots. */
    Optional<MilestoneBaseline> find(long id);

    /** The program's newest baseline with its snapshots. */
    Optional<MilestoneBaseline> latest(String programKey);

    /** Whether the program has a {@link MilestoneBaseline.Kind#WEEKLY} baseline taken in {@code [from, until)}. */
    boolean hasWeekly(String programKey, Instant from, Instant until);

    /** Stores a new baseline (its id is ignored) and returns it with its id. */
    MilestoneBaseline create(MilestoneBaseline baseline);
}
