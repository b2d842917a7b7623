package io.programoffice.core.dependency;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where dependency metadata and its history are kept (ActiveObjects in Jira, memory in tests). Each call is one
 * transaction or joins the caller's. Implementations are thread-safe.
 */
public interface DependencyStore {
    /** The metadata of the link, if any was stored. */
    Optional<DependencyRecord> find(long linkId);

    /**
     * The metadata of these links that have any, by link id; links without metadata are absent. This default asks
     * {@link #find} once per link; stores on a database answer in one query (or a few for very long lists).
     */
    default Map<Long, DependencyRecord> findAll(Collection<Long> linkIds) {
        Map<Long, DependencyRecord> out = new HashMap<>();
        for (Long id : new LinkedHashSet<>(linkIds)) {
            find(id).ifPresent(r -> out.put(id, r));
        }
        return out;
    }

    /** Every record whose state is set and not done, by link id. */
    List<DependencyRecord> open();

    /** Every record whose state is set, done included, by link id. */
    List<DependencyRecord> negotiated();

    /**
     * Stores new metadata at version 1 and returns it.
     *
     * @throws IllegalStateException when the link has metadata already
     */
    DependencyRecord create(DependencyRecord record);

    /**
     * Replaces the link's metadata if it is still at {@code expectedVersion}; returns it at the next version.
     *
     * @throws io.programoffice.core.admin.StaleVersionException when the stored version differs
     * @throws java.util.NoSuchElementException when the link has no metadata
     */
    DependencyRecord update(DependencyRecord record, int expectedVersion);

    /** Deletes the link's metadata and history; whether there was any. */
    boolean delete(long linkId);

    /** Appends a move to the link's history. */
    void append(StateChange change);

    /** The link's history, oldest first. */
    List<StateChange> history(long linkId);
}
