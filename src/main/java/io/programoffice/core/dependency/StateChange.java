package io.programoffice.core.dependency;

import java.time.Instant;
import java.util.Objects;

/**
 * One move in a dependency's history. Immutable.
 *
 * @param linkId the Jira link's id
 * @param at     when
 * @param actor  who (username)
 * @param action the move
 * @param from   the state before, {@code null} when there was none
 * @param to     the state after
 * @param note   what the actor wrote with it, or {@code null}
 */
public record StateChange(long linkId, Instant at, String actor, DependencyAction action, DependencyState from,
                          DependencyState to, String note) {
    public StateChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(to, "to");
        if (note != null && note.length() > DependencyRecord.MAX_NOTE) {
            throw new IllegalArgumentException("note must be at most " + DependencyRecord.MAX_NOTE + " characters");
        }
    }
}
