package io.programoffice.core.scheme;

import io.programoffice.core.admin.StaleVersionException;
import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where program schemes are kept. Each call is one transaction, or joins the caller's. Thread-safe. */
public interface SchemeStore {
    /** Schemes ordered by name, one page of them. */
    Page<ProgramScheme> list(PageRequest request);

    Optional<ProgramScheme> find(long id);

    /** The first {@code limit} schemes by name, read a page at a time. */
    default List<ProgramScheme> listFirst(int limit) {
        List<ProgramScheme> out = new ArrayList<>();
        for (int start = 0; start < limit; start += PageRequest.MAX_RESULTS_CAP) {
            Page<ProgramScheme> page = list(new PageRequest(start, Math.min(PageRequest.MAX_RESULTS_CAP, limit - start)));
            out.addAll(page.values());
            if (page.isLast()) {
                break;
            }
        }
        return out;
    }

    /** The scheme with this name, ignoring case. */
    Optional<ProgramScheme> findByName(String name);

    /** Stores a new scheme at version 1 and returns it with its id. */
    ProgramScheme create(ProgramScheme scheme);

    /**
     * Replaces the stored scheme of the same id if it is still at {@code expectedVersion}; returns it at the next
     * version.
     *
     * @throws StaleVersionException when the stored version differs
     * @throws java.util.NoSuchElementException when there is no such scheme
     */
    ProgramScheme update(ProgramScheme scheme, int expectedVersion);

    /**
     * Deletes the scheme if it is still at {@code expectedVersion}.
     *
     * @throws StaleVersionException when the stored version differs
     * @throws java.util.NoSuchElementException when there is no such scheme
     */
    void delete(long id, int expectedVersion);
}
