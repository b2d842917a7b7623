package io.programoffice.core.risk;

import java.time.LocalDate;
import java.util.List;

/** Where weekly risk snapshots are kept, a row per program, week and project. Implementations are thread-safe. */
public interface RiskSnapshotStore {
    /** Keeps these rows (one snapshot: same program and week). */
    void add(List<RiskSnapshot> rows);

    /** Whether the program has a snapshot of this week. */
    boolean hasWeek(String programKey, LocalDate week);

    /** The program's rows, oldest week first. */
    List<RiskSnapshot> list(String programKey);
}
