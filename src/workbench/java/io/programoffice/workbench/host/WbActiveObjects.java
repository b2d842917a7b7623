package io.programoffice.workbench.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.Locale;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.builder.DelegatingDisposableDataSourceHandler;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;
import io.programoffice.workbench.data.SessionPool;

/**
 * ActiveObjects on the workbench database with real AO 3.2 and Jira's naming: tables {@code AO_<hash>_NAME} where
 * the hash is the last 6 hex digits of the MD5 of the plugin's AO namespace, columns in upper snake case.
 * SQL failures surface as unchecked exceptions, as the host's ActiveObjects does; a transaction started inside
 * another on the same thread joins it. Connections come from a pool, as Jira's ActiveObjects takes them from the
 * host's pooled data source ({@link SessionPool}; without one, every transaction opened a new H2 session and parsed
 * every statement again). Thread-safe.
 */
public final class WbActiveObjects implements ActiveObjects, AutoCloseable {
    /** Connections kept by the pool (a transaction holds one; more concurrent ones wait for a free one). */
    static final int MAX_CONNECTIONS = 64;
    private final EntityManager em;
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);

    public WbActiveObjects(String jdbcUrl, String namespace) {
        String prefix = "AO_" + hash(namespace) + "_";
        SessionPool pool = new SessionPool(jdbcUrl, "sa", "", MAX_CONNECTIONS);
        DatabaseProvider provider = new H2DatabaseProvider(
                DelegatingDisposableDataSourceHandler.newInstance(pool, pool::dispose), "PUBLIC");
        NameConverters names = new SimpleNameConverters(
                new AtlassianTableNameConverter(name -> prefix + name), new AtlassianFieldNameConverter(),
                new AtlassianSequenceNameConverter(), new AtlassianTriggerNameConverter(),
                new AtlassianIndexNameConverter(), new AtlassianUniqueNameConverter());
        // like the host, AO manages only its own prefixed tables and leaves the host's tables alone
        SchemaConfiguration schema = (table, caseSensitive) -> table.toUpperCase(Locale.ROOT).startsWith(prefix);
        EntityInfoResolverFactory entityInfo = new CachingEntityInfoResolverFactory();
        this.em = new EntityManager(provider, new EntityManagerConfiguration() {
            @Override
            public boolean useWeakCache() {
                return false;
            }

            @Override
            public NameConverters getNameConverters() {
                return names;
            }

            @Override
            public SchemaConfiguration getSchemaConfiguration() {
                return schema;
            }

            @Override
            public EntityInfoResolverFactory getEntityInfoResolverFactory() {
                return entityInfo;
            }
        });
    }

    /** Last 6 upper-case hex digits of MD5(namespace): Jira's AO table prefix. */
    static String hash(String namespace) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = String.format("%032x", new BigInteger(1, md5));
            return hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        if (inTransaction.get()) {
            return callback.doInTransaction(); // joins the transaction this thread already runs, as the host does
        }
        inTransaction.set(true);
        try {
            return new Transaction<T>(em) {
                @Override
                protected T run() {
                    return callback.doInTransaction();
                }
            }.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("ActiveObjects transaction failed: " + e.getMessage(), e);
        } finally {
            inTransaction.remove();
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return sql(() -> em.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return sql(() -> em.find(type, query));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return sql(() -> em.count(type));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return sql(() -> em.count(type, query));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        sql(() -> {
            em.delete(entities);
            return null;
        });
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        sql(() -> {
            em.migrate(entities);
            return null;
        });
    }

    @Override
    public void close() {
        em.flushAll();
        em.getProvider().dispose();
    }

    private static <T> T sql(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new IllegalStateException("ActiveObjects: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }
}
