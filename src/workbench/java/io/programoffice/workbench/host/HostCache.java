package io.programoffice.workbench.host;

import io.programoffice.workbench.data.WorkbenchDatabase;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Memory of host reference data that Jira itself keeps in memory (users, projects, project permissions, versions,
 * security levels), so the workbench answers those lookups without a database query per call, as Jira does. Each
 * value is tagged with {@link WorkbenchDatabase#hostDataVersion()} as read <em>before</em> loading it and is used only
 * while that version is current; every workbench write to those tables bumps the version after committing
 * ({@link WorkbenchDatabase#hostDataChanged()}), so a value loaded before or during a write is never used after it.
 * Values must be immutable ({@code null} is a value). Memory: one entry per key asked for. Thread-safe.
 *
 * @param <K> the key
 * @param <V> the value
 */
public final class HostCache<K, V> {
    private final WorkbenchDatabase db;
    private final Function<K, V> load;
    private final ConcurrentHashMap<K, Tagged<V>> values = new ConcurrentHashMap<>();

    /**
     * @param db the database whose host data version tags the values
     * @param load reads the value of a key from the database
     */
    public HostCache(WorkbenchDatabase db, Function<K, V> load) {
        this.db = Objects.requireNonNull(db, "db");
        this.load = Objects.requireNonNull(load, "load");
    }

    /** The key's value: the remembered one while the host data version is unchanged, else read again. */
    public V get(K key) {
        long version = db.hostDataVersion();
        Tagged<V> known = values.get(key);
        if (known != null && known.version == version) {
            return known.value;
        }
        V value = load.apply(key);
        values.put(key, new Tagged<>(version, value));
        return value;
    }

    private record Tagged<V>(long version, V value) {
    }
}
