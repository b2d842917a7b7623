package io.programoffice.core.milestone;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link MilestoneStore} in memory, for tests. */
public final class InMemoryMilestoneStore implements MilestoneStore {
    private final Map<Long, Milestone> rows = new TreeMap<>();
    private long nextId = 1;

    @Override
    public synchronized List<Milestone> list(String programKey) {
        List<Milestone> out = new ArrayList<>();
        for (Milestone m : rows.values()) {
            if (m.programKey().equals(programKey)) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt(Milestone::position).thenComparingLong(Milestone::id));
        return out;
    }

    @Override
    public synchronized Optional<Milestone> find(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized Milestone create(Milestone m) {
        Milestone stored = new Milestone(nextId++, m.programKey(), m.name(), m.description(), m.targetDate(),
                m.scope(), m.owner(), m.position(), 1);
        rows.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<Milestone> update(Milestone m) {
        Milestone current = rows.get(m.id());
        if (current == null || current.version() != m.version()) {
            return Optional.empty();
        }
        Milestone stored = new Milestone(m.id(), current.programKey(), m.name(), m.description(), m.targetDate(),
                m.scope(), m.owner(), m.position(), m.version() + 1);
        rows.put(m.id(), stored);
        return Optional.of(stored);
    }

    @Override
    public synchronized boolean delete(long id) {
        return rows.remove(id) != null;
    }
}
