package io.programoffice.workbench.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The workbench's H2 file database at {@code <dataDir>/workbench}: projects, issues, versions, links, users,
 * project browse rights, custom fields and plugin settings. Opening it creates the schema when absent and adds the
 * reference rows every instance has (idempotently, leaving existing rows as they are): the four status categories,
 * the statuses To Do, In Progress and Done, the link types Blocks, Duplicate and Relates, and the custom fields
 * Sprint, Story Points and Team. While the instance is open it holds one connection so that the database stays open
 * between calls; {@link #close()} releases it. Thread-safe: every call uses its own connection.
 */
public final class WorkbenchDatabase implements AutoCloseable {
    /** The H2 user. */
    public static final String USER = "sa";
    /** The H2 password (empty). */
    public static final String PASSWORD = "";
    /** Parsed statements H2 keeps per session (connections are pooled, so sessions live long). */
    static final int QUERY_CACHE_SIZE = 256;

    private static final List<String> SCHEMA = List.of(
            """
            CREATE TABLE IF NOT EXISTS PROJECT (
                ID BIGINT PRIMARY KEY,
                PKEY VARCHAR(32) NOT NULL UNIQUE,
                NAME VARCHAR(255) NOT NULL,
                LEAD VARCHAR(255)
            )""",
            """
            CREATE TABLE IF NOT EXISTS STATUS_CATEGORY (
                ID BIGINT PRIMARY KEY,
                CKEY VARCHAR(32) NOT NULL UNIQUE,
                NAME VARCHAR(64) NOT NULL,
                COLOR VARCHAR(32) NOT NULL
            )""",
            """
            CREATE TABLE IF NOT EXISTS STATUS (
                ID BIGINT PRIMARY KEY,
                NAME VARCHAR(64) NOT NULL UNIQUE,
                CATEGORY_ID BIGINT NOT NULL REFERENCES STATUS_CATEGORY (ID)
            )""",
            """
            CREATE TABLE IF NOT EXISTS ISSUE (
                ID BIGINT PRIMARY KEY,
                PROJECT_ID BIGINT NOT NULL REFERENCES PROJECT (ID),
                NUM INT NOT NULL,
                IKEY VARCHAR(64) NOT NULL UNIQUE,
                SUMMARY VARCHAR(255) NOT NULL,
                ISSUE_TYPE VARCHAR(32) NOT NULL,
                STATUS_ID BIGINT NOT NULL REFERENCES STATUS (ID),
                STORY_POINTS DOUBLE PRECISION,
                ASSIGNEE VARCHAR(255),
                CREATED TIMESTAMP NOT NULL,
                UPDATED TIMESTAMP NOT NULL,
                DUE_DATE DATE,
                UNIQUE (PROJECT_ID, NUM)
            )""",
            """
            CREATE TABLE IF NOT EXISTS VERSION (
                ID BIGINT PRIMARY KEY,
                PROJECT_ID BIGINT NOT NULL REFERENCES PROJECT (ID),
                NAME VARCHAR(255) NOT NULL,
                RELEASE_DATE DATE,
                RELEASED BOOLEAN NOT NULL DEFAULT FALSE,
                UNIQUE (PROJECT_ID, NAME)
            )""",
            """
            CREATE TABLE IF NOT EXISTS ISSUE_FIX_VERSION (
                ISSUE_ID BIGINT NOT NULL REFERENCES ISSUE (ID),
                VERSION_ID BIGINT NOT NULL REFERENCES VERSION (ID),
                PRIMARY KEY (ISSUE_ID, VERSION_ID)
            )""",
            """
            CREATE TABLE IF NOT EXISTS LINK_TYPE (
                ID BIGINT PRIMARY KEY,
                NAME VARCHAR(64) NOT NULL UNIQUE,
                INWARD VARCHAR(64) NOT NULL,
                OUTWARD VARCHAR(64) NOT NULL
            )""",
            """
            CREATE TABLE IF NOT EXISTS ISSUE_LINK (
                ID BIGINT PRIMARY KEY,
                LINK_TYPE_ID BIGINT NOT NULL REFERENCES LINK_TYPE (ID),
                SOURCE_ID BIGINT NOT NULL REFERENCES ISSUE (ID),
                DESTINATION_ID BIGINT NOT NULL REFERENCES ISSUE (ID)
            )""",
            """
            CREATE TABLE IF NOT EXISTS APP_USER (
                USERNAME VARCHAR(255) PRIMARY KEY,
                DISPLAY_NAME VARCHAR(255) NOT NULL,
                PASSWORD_SALT VARCHAR(64) NOT NULL,
                PASSWORD_HASH VARCHAR(64) NOT NULL,
                ADMIN BOOLEAN NOT NULL DEFAULT FALSE
            )""",
            """
            CREATE TABLE IF NOT EXISTS PROJECT_BROWSER (
                USERNAME VARCHAR(255) NOT NULL,
                PROJECT_ID BIGINT NOT NULL REFERENCES PROJECT (ID),
                PRIMARY KEY (USERNAME, PROJECT_ID)
            )""",
            """
            CREATE TABLE IF NOT EXISTS SECURITY_LEVEL (
                ID BIGINT PRIMARY KEY,
                NAME VARCHAR(255) NOT NULL
            )""",
            """
            CREATE TABLE IF NOT EXISTS SECURITY_LEVEL_MEMBER (
                LEVEL_ID BIGINT NOT NULL REFERENCES SECURITY_LEVEL (ID),
                USERNAME VARCHAR(255) NOT NULL,
                PRIMARY KEY (LEVEL_ID, USERNAME)
            )""",
            "ALTER TABLE ISSUE ADD COLUMN IF NOT EXISTS SECURITY_LEVEL_ID BIGINT REFERENCES SECURITY_LEVEL (ID)",
            // when the issue entered a done status (null while not done), as Jira's resolution date
            "ALTER TABLE ISSUE ADD COLUMN IF NOT EXISTS RESOLVED TIMESTAMP",
            // the description and reporter of issues created through the workbench's issue service
            "ALTER TABLE ISSUE ADD COLUMN IF NOT EXISTS DESCRIPTION VARCHAR(32000)",
            "ALTER TABLE ISSUE ADD COLUMN IF NOT EXISTS REPORTER VARCHAR(255)",
            "CREATE INDEX IF NOT EXISTS IDX_ISSUE_PROJECT_STATUS ON ISSUE (PROJECT_ID, STATUS_ID)",
            "CREATE INDEX IF NOT EXISTS IDX_ISSUE_UPDATED ON ISSUE (UPDATED)",
            "CREATE INDEX IF NOT EXISTS IDX_ISSUE_LINK_SOURCE ON ISSUE_LINK (SOURCE_ID)",
            "CREATE INDEX IF NOT EXISTS IDX_ISSUE_LINK_DESTINATION ON ISSUE_LINK (DESTINATION_ID)",
            """
            MERGE INTO STATUS_CATEGORY (ID, CKEY, NAME, COLOR) KEY (ID) VALUES
                (1, 'undefined', 'No Category', 'medium-gray'),
                (2, 'new', 'To Do', 'blue-gray'),
                (4, 'indeterminate', 'In Progress', 'yellow'),
                (3, 'done', 'Done', 'green')""",
            """
            CREATE TABLE IF NOT EXISTS CUSTOM_FIELD (
                ID VARCHAR(64) PRIMARY KEY,
                NAME VARCHAR(255) NOT NULL,
                TYPE_KEY VARCHAR(255) NOT NULL
            )""",
            """
            CREATE TABLE IF NOT EXISTS PLUGIN_SETTING (
                SETTING_KEY VARCHAR(255) PRIMARY KEY,
                SETTING_VALUE CLOB NOT NULL
            )""",
            // each user's preferences of each dashboard item (the workbench has one dashboard per user)
            """
            CREATE TABLE IF NOT EXISTS DASHBOARD_ITEM_PREFS (
                USERNAME VARCHAR(255) NOT NULL,
                ITEM_KEY VARCHAR(255) NOT NULL,
                PREFERENCES CLOB NOT NULL,
                PRIMARY KEY (USERNAME, ITEM_KEY)
            )""",
            // values of custom fields other than Story Points: a number, a text or a date per issue and field
            """
            CREATE TABLE IF NOT EXISTS ISSUE_FIELD_VALUE (
                ISSUE_ID BIGINT NOT NULL REFERENCES ISSUE (ID) ON DELETE CASCADE,
                FIELD_ID VARCHAR(64) NOT NULL REFERENCES CUSTOM_FIELD (ID),
                NUM_VALUE DOUBLE PRECISION,
                TEXT_VALUE VARCHAR(4000),
                DATE_VALUE DATE,
                PRIMARY KEY (ISSUE_ID, FIELD_ID)
            )""",
            // reference rows every instance has; rows already present (same id or name) are left as they are
            """
            INSERT INTO STATUS (ID, NAME, CATEGORY_ID)
            SELECT v.ID, v.NAME, v.CATEGORY_ID FROM (VALUES
                (CAST(1 AS BIGINT), 'To Do', CAST(2 AS BIGINT)),
                (CAST(3 AS BIGINT), 'In Progress', CAST(4 AS BIGINT)),
                (CAST(5 AS BIGINT), 'Done', CAST(3 AS BIGINT))) v (ID, NAME, CATEGORY_ID)
            WHERE NOT EXISTS (SELECT 1 FROM STATUS s WHERE s.ID = v.ID OR s.NAME = v.NAME)""",
            """
            INSERT INTO LINK_TYPE (ID, NAME, INWARD, OUTWARD)
            SELECT v.ID, v.NAME, v.INWARD, v.OUTWARD FROM (VALUES
                (CAST(10000 AS BIGINT), 'Blocks', 'is blocked by', 'blocks'),
                (CAST(10002 AS BIGINT), 'Relates', 'relates to', 'relates to'),
                (CAST(10003 AS BIGINT), 'Duplicate', 'is duplicated by', 'duplicates')) v (ID, NAME, INWARD, OUTWARD)
            WHERE NOT EXISTS (SELECT 1 FROM LINK_TYPE t WHERE t.ID = v.ID OR t.NAME = v.NAME)""",
            """
            INSERT INTO CUSTOM_FIELD (ID, NAME, TYPE_KEY)
            SELECT v.ID, v.NAME, v.TYPE_KEY FROM (VALUES
                ('customfield_10001', 'Sprint', 'com.pyxis.greenhopper.jira:gh-sprint'),
                ('customfield_10002', 'Story Points', 'com.atlassian.jira.plugin.system.customfieldtypes:float'),
                ('customfield_10100', 'Team', 'com.atlassian.jira.plugin.system.customfieldtypes:select'))
                v (ID, NAME, TYPE_KEY)
            WHERE NOT EXISTS (SELECT 1 FROM CUSTOM_FIELD f WHERE f.ID = v.ID)""");

    private final Path dataDir;
    private final String jdbcUrl;
    private final Connection keepAlive;
    /** Pooled connections, as a host's data source hands them out; closing one returns it to the pool. */
    private final SessionPool pool;
    /** Bumped after each committed write to the host's reference data; see {@link #hostDataChanged()}. */
    private final AtomicLong hostDataVersion = new AtomicLong();

    private WorkbenchDatabase(Path dataDir, String jdbcUrl, Connection keepAlive) {
        this.pool = new SessionPool(jdbcUrl, USER, PASSWORD, 32);
        this.dataDir = dataDir;
        this.jdbcUrl = jdbcUrl;
        this.keepAlive = keepAlive;
    }

    /**
     * Opens (creating when absent) the database {@code <dataDir>/workbench} and its schema.
     *
     * @param dataDir the directory holding the database files; created when missing
     * @return the open database; close it to release its keep-alive connection
     * @throws WorkbenchDataException when the directory or the database cannot be opened
     */
    public static WorkbenchDatabase open(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new WorkbenchDataException("Cannot create the data directory " + dir, e);
        }
        String url = "jdbc:h2:file:" + dir.resolve("workbench");
        Connection keepAlive = null;
        try {
            // the first connection opens the database and sets its statement cache for every later session (H2's
            // default keeps 8 parsed statements a session, fewer than a page's requests use, so it parsed nearly all)
            keepAlive = DriverManager.getConnection(url + ";QUERY_CACHE_SIZE=" + QUERY_CACHE_SIZE, USER, PASSWORD);
            try (Statement statement = keepAlive.createStatement()) {
                for (String ddl : SCHEMA) {
                    statement.execute(ddl);
                }
            }
            return new WorkbenchDatabase(dir, url, keepAlive);
        } catch (SQLException e) {
            if (keepAlive != null) {
                try {
                    keepAlive.close();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw new WorkbenchDataException("Cannot open the workbench database " + url, e);
        }
    }

    /** @return the absolute data directory */
    public Path dataDir() {
        return dataDir;
    }

    /** @return the JDBC URL, {@code jdbc:h2:file:<absolute data dir>/workbench} */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /**
     * @return a new connection in auto-commit mode; the caller closes it
     * @throws SQLException when H2 refuses the connection
     */
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /**
     * @return whether the database holds neither projects nor users
     * @throws WorkbenchDataException on a database failure
     */
    public boolean isEmpty() {
        try (Connection connection = connection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT (SELECT COUNT(*) FROM PROJECT) + (SELECT COUNT(*) FROM APP_USER)")) {
            rows.next();
            return rows.getLong(1) == 0;
        } catch (SQLException e) {
            throw new WorkbenchDataException("Cannot count projects and users", e);
        }
    }

    /**
     * The version of the host's reference data (users, projects, who browses them, versions, security levels, link
     * types, statuses, custom fields): host caches ({@code HostCache}) keep a value only while it is unchanged.
     */
    public long hostDataVersion() {
        return hostDataVersion.get();
    }

    /**
     * Says that a write to the host's reference data has committed (or rolled back): every host cache reads again.
     * Whoever writes those tables calls this after the commit (the demo seeding, the importer, {@link #ensureUser}).
     */
    public void hostDataChanged() {
        hostDataVersion.incrementAndGet();
    }

    /**
     * Ensures the three workbench users exist, leaving any existing one unchanged: {@code admin}/{@code admin}
     * (Administrator, an administrator, who browses every project), {@code alice}/{@code alice} (Alice Nguyen) and
     * {@code bob}/{@code bob} (Bob Okafor).
     *
     * @throws WorkbenchDataException on a database failure
     */
    public void seedUsers() {
        ensureUser("admin", "Administrator", "admin", true);
        ensureUser("alice", "Alice Nguyen", "alice", false);
        ensureUser("bob", "Bob Okafor", "bob", false);
    }

    /**
     * Adds a user unless one with this username exists already (an existing user is left unchanged).
     *
     * @param username the login name, also the user's key
     * @param displayName the full name
     * @param password the clear-text password, stored as a salted SHA-256 hash
     * @param admin whether the user is an administrator (administrators browse every project)
     * @return whether the user was added
     * @throws WorkbenchDataException on a database failure
     */
    public boolean ensureUser(String username, String displayName, String password, boolean admin) {
        String salt = Passwords.newSalt();
        try (Connection connection = connection();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO APP_USER (USERNAME, DISPLAY_NAME, PASSWORD_SALT, PASSWORD_HASH, ADMIN)
                        SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM APP_USER WHERE USERNAME = ?)""")) {
            insert.setString(1, username);
            insert.setString(2, displayName);
            insert.setString(3, salt);
            insert.setString(4, Passwords.hash(salt, password));
            insert.setBoolean(5, admin);
            insert.setString(6, username);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new WorkbenchDataException("Cannot add the user " + username, e);
        } finally {
            hostDataChanged();
        }
    }

    /**
     * Reads a plugin setting (a row of {@code PLUGIN_SETTING}).
     *
     * @param key the setting key
     * @return the stored value, or empty when the key has none
     * @throws WorkbenchDataException on a database failure
     */
    public Optional<String> setting(String key) {
        Objects.requireNonNull(key, "key");
        try (Connection connection = connection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT SETTING_VALUE FROM PLUGIN_SETTING WHERE SETTING_KEY = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkbenchDataException("Cannot read the setting " + key, e);
        }
    }

    /**
     * Stores a plugin setting, replacing any previous value; a {@code null} value removes the setting.
     *
     * @param key the setting key
     * @param value the value to store, or {@code null} to remove the key
     * @throws WorkbenchDataException on a database failure
     */
    public void setting(String key, String value) {
        Objects.requireNonNull(key, "key");
        try (Connection connection = connection();
                PreparedStatement write = connection.prepareStatement(value == null
                        ? "DELETE FROM PLUGIN_SETTING WHERE SETTING_KEY = ?"
                        : "MERGE INTO PLUGIN_SETTING (SETTING_KEY, SETTING_VALUE) KEY (SETTING_KEY) VALUES (?, ?)")) {
            write.setString(1, key);
            if (value != null) {
                write.setString(2, value);
            }
            write.executeUpdate();
        } catch (SQLException e) {
            throw new WorkbenchDataException("Cannot store the setting " + key, e);
        }
    }

    /** Releases the keep-alive connection; H2 closes the database once no other connection is open. */
    @Override
    public void close() {
        pool.dispose();
        try {
            keepAlive.close();
        } catch (SQLException e) {
            throw new WorkbenchDataException("Cannot close the workbench database " + jdbcUrl, e);
        }
    }
}
