package io.programoffice.core.view;

import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import java.util.Optional;

/** Where saved views are kept (ActiveObjects in Jira, memory in tests). Implementations are thread-safe. */
public interface SavedViewStore {
    /** The program's saved views ordered by name (case-insensitively), then id. */
    Page<SavedView> list(String programKey, PageRequest page);

    Optional<SavedView> find(long id);

    /** How many views this owner saved for the program. */
    int count(String programKey, String owner);

    /** Whether the owner has a view of this name (case-insensitively) for the program. */
    boolean exists(String programKey, String owner, String name);

    /** Stores a new view (its id is ignored) and returns it with its id. */
    SavedView create(SavedView view);

    /** Deletes the view; whether it existed. */
    boolean delete(long id);
}
