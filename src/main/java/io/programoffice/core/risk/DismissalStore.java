package io.programoffice.core.risk;

import java.util.List;

/** Where a program's dismissed suggestions are kept. Implementations are thread-safe. */
public interface DismissalStore {
    /** The program's dismissals, oldest first. */
    List<Dismissal> list(String programKey);

    /** Keeps {@code dismissal} for the program. */
    void add(String programKey, Dismissal dismissal);
}
