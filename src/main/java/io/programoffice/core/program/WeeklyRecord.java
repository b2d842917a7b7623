package io.programoffice.core.program;

import java.time.Instant;

/**
 * Something kept once per program and ISO week (UTC) by the weekly run, next to the weekly baselines: whether this
 * week's is kept already, and keeping it. Implementations are thread-safe.
 */
public interface WeeklyRecord {
    /** What is kept, in the run's report (e.g. "risk snapshots"). */
    String name();

    /** Whether the program's record of the week of {@code now} is kept. */
    boolean has(Program program, Instant now);

    /** Keeps the program's record of the week of {@code now}. */
    void take(Program program, Instant now);
}
