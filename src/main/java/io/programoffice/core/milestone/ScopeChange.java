package io.programoffice.core.milestone;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * How a milestone's scope changed since the program's newest baseline, counting only issues the viewer may browse.
 * Immutable.
 *
 * @param baselineOn the day the baseline was taken
 * @param before     issues in scope then (those the viewer may browse)
 * @param added      issues in scope now that were not then
 * @param removed    issues in scope then (that the viewer may browse) that are not now
 */
public record ScopeChange(LocalDate baselineOn, int before, int added, int removed) {
    public ScopeChange {
        Objects.requireNonNull(baselineOn, "baselineOn");
    }

    /**
     * The change from {@code snapshot} (the milestone in the baseline) to {@code now} (the ids of the issues in its
     * scope now, all of which the viewer may browse); {@code visible} says which ids the viewer may browse.
     */
    public static ScopeChange of(MilestoneSnapshot snapshot, LocalDate baselineOn, Set<Long> now,
                                 LongPredicate visible) {
        Set<Long> then = new HashSet<>();
        snapshot.scope().forEach(i -> then.add(i.id()));
        int before = 0;
        int removed = 0;
        for (long id : then) {
            if (visible.test(id)) {
                before++;
                removed += now.contains(id) ? 0 : 1;
            }
        }
        int added = 0;
        for (long id : now) {
            added += then.contains(id) ? 0 : 1;
        }
        return new ScopeChange(baselineOn, before, added, removed);
    }

    /** The net change as a whole percentage of the scope then (0 when it was empty). */
    public long percent() {
        return before == 0 ? 0 : Math.round(100.0 * (added - removed) / before);
    }
}
