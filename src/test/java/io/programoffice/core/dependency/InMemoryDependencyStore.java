package io.programoffice.core.dependency;

import io.programoffice.core.admin.StaleVersionException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;

/** A small, real in-memory {@link DependencyStore} for core tests. */
final class InMemoryDependencyStore implements DependencyStore {
    final TreeMap<Long, DependencyRecord> rows = new TreeMap<>();
    final List<StateChange> changes = new ArrayList<>();
    /** Whether {@link #append} fails, as a database might (the in-memory rows are then rolled back). */
    boolean failAppends;

    @Override
    public Optional<DependencyRecord> find(long linkId) {
        return Optional.ofNullable(rows.get(linkId));
    }

    @Override
    public List<DependencyRecord> open() {
        return rows.values().stream().filter(r -> r.state() != null && r.state() != DependencyState.DONE).toList();
    }

    @Override
    public List<DependencyRecord> withState() {
        return rows.values().stream().filter(r -> r.state() != null).toList();
    }

    @Override
    public DependencyRecord create(DependencyRecord r) {
        if (rows.containsKey(r.linkId())) {
            throw new IllegalStateException("exists");
        }
        return put(r, 1);
    }

    @Override
    public DependencyRecord update(DependencyRecord r, int expectedVersion) {
        DependencyRecord current = Optional.ofNullable(rows.get(r.linkId())).orElseThrow(NoSuchElementException::new);
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("dependency", expectedVersion, current.version());
        }
        return put(r, expectedVersion + 1);
    }

    private DependencyRecord put(DependencyRecord r, int version) {
        DependencyRecord stored = new DependencyRecord(r.linkId(), r.state(), r.neededBy(), r.lagDays(),
                r.upstreamOwner(), r.downstreamOwner(), r.note(), r.stateSince(), version);
        rows.put(r.linkId(), stored);
        return stored;
    }

    @Override
    public boolean delete(long linkId) {
        changes.removeIf(c -> c.linkId() == linkId);
        return rows.remove(linkId) != null;
    }

    @Override
    public void append(StateChange change) {
        if (failAppends) {
            rows.remove(change.linkId());
            throw new IllegalStateException("storage failed");
        }
        changes.add(change);
    }

    @Override
    public List<StateChange> history(long linkId) {
        return changes.stream().filter(c -> c.linkId() == linkId).toList();
    }
}
