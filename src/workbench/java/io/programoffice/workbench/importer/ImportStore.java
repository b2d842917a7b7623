package io.programoffice.workbench.importer;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The importer's writes to the workbench database, on one connection inside the caller's transaction.
 *
 * <p>Jira ids are kept as the workbench ids where that id is free; {@code IMPORT_ID_MAP} remembers which workbench
 * row each imported Jira id became, per Jira instance (the base URL of the data's {@code self} links, since ids are
 * only unique within one Jira), so that a re-import updates the same rows (never duplicates) even when an id had
 * to be moved aside because the workbench (for example its demo) already used it. Statuses and link types are
 * matched by name, as issues refer to them by name. {@code IMPORT_EXTERNAL_LINK} keeps links whose other end is not in
 * the imported data.
 */
final class ImportStore implements AutoCloseable {
    /** Ids the importer has to invent start here, far above the ids Jira hands out. */
    static final long FIRST_ALLOCATED_ID = 9_000_000_000L;

    private static final List<String> SCHEMA = List.of(
            """
            CREATE TABLE IF NOT EXISTS IMPORT_ID_MAP (
                SOURCE VARCHAR(255) NOT NULL,
                KIND VARCHAR(16) NOT NULL,
                JIRA_ID BIGINT NOT NULL,
                LOCAL_ID BIGINT NOT NULL,
                PRIMARY KEY (SOURCE, KIND, JIRA_ID)
            )""",
            "CREATE INDEX IF NOT EXISTS IDX_IMPORT_ID_MAP_LOCAL ON IMPORT_ID_MAP (KIND, LOCAL_ID)",
            """
            CREATE TABLE IF NOT EXISTS IMPORT_EXTERNAL_LINK (
                ISSUE_ID BIGINT NOT NULL REFERENCES ISSUE (ID),
                LINK_TYPE_ID BIGINT NOT NULL REFERENCES LINK_TYPE (ID),
                OTHER_KEY VARCHAR(64) NOT NULL,
                OTHER_IS_DESTINATION BOOLEAN NOT NULL,
                OTHER_JIRA_ID BIGINT,
                JIRA_LINK_ID BIGINT,
                SOURCE VARCHAR(255) NOT NULL,
                PRIMARY KEY (ISSUE_ID, LINK_TYPE_ID, OTHER_KEY, OTHER_IS_DESTINATION)
            )""");

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    ImportStore(Connection connection) {
        this.connection = connection;
    }

    static void ensureSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String ddl : SCHEMA) {
                statement.execute(ddl);
            }
        }
    }

    PreparedStatement sql(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    Long queryLong(String sql, Object... args) throws SQLException {
        PreparedStatement statement = sql(sql);
        bind(statement, args);
        try (ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                return null;
            }
            long value = row.getLong(1);
            return row.wasNull() ? null : value;
        }
    }

    String queryString(String sql, Object... args) throws SQLException {
        PreparedStatement statement = sql(sql);
        bind(statement, args);
        try (ResultSet row = statement.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }

    int update(String sql, Object... args) throws SQLException {
        PreparedStatement statement = sql(sql);
        bind(statement, args);
        return statement.executeUpdate();
    }

    private static void bind(PreparedStatement statement, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            int index = i + 1;
            switch (arg) {
                case null -> statement.setNull(index, Types.NULL);
                case Long l -> statement.setLong(index, l);
                case Integer n -> statement.setInt(index, n);
                case Double d -> statement.setDouble(index, d);
                case Boolean b -> statement.setBoolean(index, b);
                case Timestamp t -> statement.setTimestamp(index, t);
                case Date d -> statement.setDate(index, d);
                default -> statement.setString(index, arg.toString());
            }
        }
    }

    /** @return the workbench id a Jira id of this kind from this Jira (base URL) was imported as, or null */
    Long mapped(String source, String kind, long jiraId) throws SQLException {
        return queryLong("SELECT LOCAL_ID FROM IMPORT_ID_MAP WHERE SOURCE = ? AND KIND = ? AND JIRA_ID = ?", source,
                kind, jiraId);
    }

    /** @return the Jira (base URL, possibly empty) this workbench row was imported from, or null when it wasn't */
    String sourceOf(String kind, long localId) throws SQLException {
        return queryString("SELECT SOURCE FROM IMPORT_ID_MAP WHERE KIND = ? AND LOCAL_ID = ? LIMIT 1", kind, localId);
    }

    void map(String source, String kind, long jiraId, long localId) throws SQLException {
        update("MERGE INTO IMPORT_ID_MAP (SOURCE, KIND, JIRA_ID, LOCAL_ID) KEY (SOURCE, KIND, JIRA_ID) "
                + "VALUES (?, ?, ?, ?)", source, kind, jiraId, localId);
    }

    /**
     * @return {@code preferred} when no row of the table has that id, otherwise a new id above every id the table
     *         holds and above {@link #FIRST_ALLOCATED_ID}
     */
    long freeId(String table, Long preferred) throws SQLException {
        if (preferred != null && preferred > 0
                && queryLong("SELECT ID FROM " + table + " WHERE ID = ?", preferred) == null) {
            return preferred;
        }
        Long max = queryLong("SELECT MAX(ID) FROM " + table);
        return Math.max(max == null ? 0 : max + 1, FIRST_ALLOCATED_ID);
    }

    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        for (PreparedStatement statement : statements.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
