package io.programoffice.testing;

import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramFilter;
import io.programoffice.core.program.ProgramStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link ProgramStore} for tests of code that only reads programs: holds what {@link #put} gives, by key; lists
 * every program in key order (the filter is ignored); changes through the store are refused.
 */
public final class StoredPrograms implements ProgramStore {
    private final TreeMap<String, Program> programs = new TreeMap<>();

    public StoredPrograms(Program... stored) {
        put(stored);
    }

    /** Stores (or replaces, by key) these programs. */
    public void put(Program... stored) {
        for (Program p : stored) {
            programs.put(p.key(), p);
        }
    }

    @Override
    public Page<Program> list(ProgramFilter filter, PageRequest r) {
        List<Program> all = new ArrayList<>(programs.values());
        int to = Math.min(all.size(), r.startAt() + r.maxResults());
        return new Page<>(r.startAt(), r.maxResults(), all.size(),
                r.startAt() >= all.size() ? List.of() : all.subList(r.startAt(), to));
    }

    @Override
    public Optional<Program> find(String key) {
        return Optional.ofNullable(programs.get(key));
    }

    @Override
    public int countUsingScheme(long schemeId) {
        return (int) programs.values().stream().filter(p -> p.schemeId() == schemeId).count();
    }

    @Override
    public Program create(Program program) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public Program update(Program program, int expectedVersion) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public void delete(String key, int expectedVersion) {
        throw new UnsupportedOperationException("read-only");
    }
}
