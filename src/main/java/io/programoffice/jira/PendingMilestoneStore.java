package io.programoffice.jira;

import io.programoffice.core.milestone.Milestone;
import io.programoffice.core.milestone.MilestoneStore;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A stand-in {@link MilestoneStore} in this node's memory, so that baselines wire and run before the ActiveObjects
 * milestone store lands. DELETE this class when {@code ActiveObjectsMilestoneStore} is merged (the workbench refuses
 * to start with two {@code @Named} milestone stores, naming both). Thread-safe.
 */
@Named
public class PendingMilestoneStore implements MilestoneStore {
    private final Map<Long, Milestone> rows = new TreeMap<>();
    private long nextId = 1;

    @Override
    public synchronized List<Milestone> list(String programKey) {
        List<Milestone> out = new ArrayList<>();
        rows.values().stream().filter(m -> m.programKey().equals(programKey)).forEach(out::add);
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
        Milestone stored = new Milestone(m.id(), m.programKey(), m.name(), m.description(), m.targetDate(),
                m.scope(), m.owner(), m.position(), m.version() + 1);
        rows.put(stored.id(), stored);
        return Optional.of(stored);
    }

    @Override
    public synchronized boolean delete(long id) {
        return rows.remove(id) != null;
    }
}
