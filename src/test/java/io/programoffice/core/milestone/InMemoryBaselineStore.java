package io.programoffice.core.milestone;

import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link BaselineStore} in memory, for tests. */
public final class InMemoryBaselineStore implements BaselineStore {
    private static final Comparator<MilestoneBaseline> NEWEST_FIRST = Comparator
            .comparing(MilestoneBaseline::takenAt).thenComparingLong(MilestoneBaseline::id).reversed();
    private final Map<Long, MilestoneBaseline> rows = new TreeMap<>();
    private long nextId = 1;

    private List<MilestoneBaseline> of(String programKey) {
        List<MilestoneBaseline> out = new ArrayList<>();
        rows.values().stream().filter(b -> b.programKey().equals(programKey)).forEach(out::add);
        out.sort(NEWEST_FIRST);
        return out;
    }

    @Override
    public synchronized Page<BaselineSummary> list(String programKey, PageRequest page) {
        List<MilestoneBaseline> all = of(programKey);
        int from = Math.min(page.startAt(), all.size());
        int to = Math.min(all.size(), from + page.maxResults());
        return new Page<>(page.startAt(), page.maxResults(), all.size(),
                all.subList(from, to).stream().map(MilestoneBaseline::summary).toList());
    }

    @Override
    public synchronized Optional<MilestoneBaseline> find(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized Optional<MilestoneBaseline> latest(String programKey) {
        return of(programKey).stream().findFirst();
    }

    @Override
    public synchronized boolean hasWeekly(String programKey, Instant from, Instant until) {
        return rows.values().stream().anyMatch(b -> b.programKey().equals(programKey)
                && b.kind() == MilestoneBaseline.Kind.WEEKLY && !b.takenAt().isBefore(from)
                && b.takenAt().isBefore(until));
    }

    @Override
    public synchronized MilestoneBaseline create(MilestoneBaseline baseline) {
        MilestoneBaseline stored = baseline.withId(nextId++);
        rows.put(stored.id(), stored);
        return stored;
    }

    /** How many baselines are stored. */
    public synchronized int size() {
        return rows.size();
    }

    /** Every stored baseline, by id. */
    public synchronized List<MilestoneBaseline> all() {
        return List.copyOf(rows.values());
    }
}
