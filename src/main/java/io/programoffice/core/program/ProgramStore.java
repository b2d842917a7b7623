package io.programoffice.core.program;

import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import java.util.Optional;

/**
 * Where programs are kept (plugin-owned data). Implementations are thread-safe; reads see committed writes.
 */
public interface ProgramStore {
    /** Programs ordered by key, one page of them. */
    Page<Program> list(PageRequest request);

    /** The program with this key, if any. */
    Optional<Program> find(String key);

    /**
     * Stores a new program.
     *
     * @throws IllegalStateException when a program with the same key exists
     */
    Program create(Program program);
}
