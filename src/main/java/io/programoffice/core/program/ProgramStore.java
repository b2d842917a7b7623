package io.programoffice.core.program;

import io.programoffice.core.admin.StaleVersionException;
import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import java.util.Optional;

/**
 * Where programs are kept (plugin-owned data). Each call is one transaction, or joins the caller's. Implementations
 * are thread-safe; reads see committed writes.
 */
public interface ProgramStore {
    /** Programs matching {@code filter}, ordered by key, one page of them. */
    Page<Program> list(ProgramFilter filter, PageRequest request);

    /** All programs ordered by key, one page of them. */
    default Page<Program> list(PageRequest request) {
        return list(ProgramFilter.ALL, request);
    }

    /** The program with this key, if any. */
    Optional<Program> find(String key);

    /**
     * Stores a new program at version 1 and returns it.
     *
     * @throws IllegalStateException when a program with the same key exists
     */
    Program create(Program program);

    /**
     * Replaces the stored program of the same key if it is still at {@code expectedVersion}; returns it at the next
     * version.
     *
     * @throws StaleVersionException when the stored version differs
     * @throws java.util.NoSuchElementException when there is no such program
     */
    Program update(Program program, int expectedVersion);

    /**
     * Deletes the program if it is still at {@code expectedVersion}.
     *
     * @throws StaleVersionException when the stored version differs
     * @throws java.util.NoSuchElementException when there is no such program
     */
    void delete(String key, int expectedVersion);

    /** How many programs use the scheme. */
    int countUsingScheme(long schemeId);
}
