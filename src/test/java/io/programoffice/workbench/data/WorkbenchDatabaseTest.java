package io.programoffice.workbench.data;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class WorkbenchDatabaseTest {
    private static final Set<String> TABLES = Set.of("PROJECT", "STATUS_CATEGORY", "STATUS", "ISSUE", "VERSION",
            "ISSUE_FIX_VERSION", "LINK_TYPE", "ISSUE_LINK", "APP_USER", "PROJECT_BROWSER", "CUSTOM_FIELD",
            "PLUGIN_SETTING");

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void open_createsEveryTable() throws Exception {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(temp.getRoot().toPath())) {
            assertTrue(tables(db).containsAll(TABLES));
        }
    }

    @Test
    public void open_createsTheFourJiraStatusCategories() throws Exception {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(temp.getRoot().toPath())) {
            assertEquals(List.of("1 undefined No Category medium-gray", "2 new To Do blue-gray",
                    "3 done Done green", "4 indeterminate In Progress yellow"), statusCategories(db));
        }
    }

    @Test
    public void open_createsTheIssueAndLinkIndexes() throws Exception {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(temp.getRoot().toPath());
                Connection connection = db.connection()) {
            assertEquals(List.of("PROJECT_ID", "STATUS_ID"), indexColumns(connection, "ISSUE", "IDX_ISSUE_PROJECT_STATUS"));
            assertEquals(List.of("SOURCE_ID"), indexColumns(connection, "ISSUE_LINK", "IDX_ISSUE_LINK_SOURCE"));
            assertEquals(List.of("DESTINATION_ID"),
                    indexColumns(connection, "ISSUE_LINK", "IDX_ISSUE_LINK_DESTINATION"));
        }
    }

    @Test
    public void open_isIdempotent_whenOpenedTwiceOnTheSameDirectory() throws Exception {
        Path dir = temp.getRoot().toPath();
        try (WorkbenchDatabase first = WorkbenchDatabase.open(dir);
                WorkbenchDatabase second = WorkbenchDatabase.open(dir)) {
            assertEquals(first.jdbcUrl(), second.jdbcUrl());
            assertEquals(4, statusCategories(second).size());
        }
        try (WorkbenchDatabase third = WorkbenchDatabase.open(dir)) {
            assertEquals(4, statusCategories(third).size());
            assertTrue(tables(third).containsAll(TABLES));
        }
    }

    @Test
    public void data_survivesCloseAndReopen() throws Exception {
        Path dir = temp.getRoot().toPath();
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir);
                Connection connection = db.connection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO PROJECT (ID, PKEY, NAME, LEAD) VALUES (1, 'KEEP', 'Kept', 'bob')");
        }
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir);
                Connection connection = db.connection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT PKEY, NAME, LEAD FROM PROJECT")) {
            assertTrue(row.next());
            assertEquals("KEEP Kept bob", row.getString(1) + " " + row.getString(2) + " " + row.getString(3));
            assertFalse(row.next());
        }
    }

    @Test
    public void jdbcUrl_namesTheWorkbenchFileInTheAbsoluteDataDirectory() {
        Path dir = temp.getRoot().toPath().toAbsolutePath();
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("nested"))) {
            assertEquals("jdbc:h2:file:" + dir.resolve("nested").resolve("workbench"), db.jdbcUrl());
            assertEquals(dir.resolve("nested"), db.dataDir());
        }
    }

    @Test
    public void connection_returnsANewConnectionOnEveryCall() throws Exception {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(temp.getRoot().toPath())) {
            Connection first = db.connection();
            try (Connection second = db.connection()) {
                assertNotSame(first, second);
                first.close();
                assertFalse(second.isClosed());
            }
        }
    }

    @Test
    public void isEmpty_isTrueForAFreshDatabase_andFalseOnceUsersExist() {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(temp.getRoot().toPath())) {
            assertTrue(db.isEmpty());
            db.seedUsers();
            assertFalse(db.isEmpty());
        }
    }

    @Test
    public void seedUsers_createsAdminAliceAndBob_withOnlyAdminAnAdministrator() throws Exception {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(temp.getRoot().toPath())) {
            db.seedUsers();
            assertEquals(List.of("admin Administrator TRUE", "alice Alice Nguyen FALSE", "bob Bob Okafor FALSE"),
                    users(db));
        }
    }

    @Test
    public void seedUsers_isIdempotent_andKeepsExistingHashes() throws Exception {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(temp.getRoot().toPath())) {
            db.seedUsers();
            List<String> hashes = hashes(db);
            db.seedUsers();
            assertEquals(3, users(db).size());
            assertEquals(hashes, hashes(db));
        }
    }

    @Test
    public void seedUsers_storesSaltedHashes_notPasswords() throws Exception {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(temp.getRoot().toPath())) {
            db.seedUsers();
            try (Connection connection = db.connection();
                    PreparedStatement select = connection.prepareStatement(
                            "SELECT PASSWORD_SALT, PASSWORD_HASH FROM APP_USER WHERE USERNAME = ?")) {
                select.setString(1, "alice");
                try (ResultSet row = select.executeQuery()) {
                    assertTrue(row.next());
                    String salt = row.getString(1);
                    String hash = row.getString(2);
                    assertEquals(64, hash.length());
                    assertNotEquals("alice", hash);
                    assertEquals(Passwords.hash(salt, "alice"), hash);
                }
            }
        }
    }

    @Test
    public void ensureUser_addsANewUser_butLeavesAnExistingOneUnchanged() throws Exception {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(temp.getRoot().toPath())) {
            assertTrue(db.ensureUser("carol", "Carol Diaz", "secret", false));
            assertFalse(db.ensureUser("carol", "Someone Else", "other", true));
            assertEquals(List.of("carol Carol Diaz FALSE"), users(db));
        }
    }

    @Test
    public void open_addsTheStandardStatuses_inTheirCategories() throws Exception {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(temp.getRoot().toPath())) {
            assertEquals(List.of("1 To Do new", "3 In Progress indeterminate", "5 Done done"), statuses(db));
        }
    }

    @Test
    public void open_addsTheStandardLinkTypes_withTheirDirections() throws Exception {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(temp.getRoot().toPath())) {
            assertEquals(List.of("10000 Blocks|is blocked by|blocks", "10002 Relates|relates to|relates to",
                    "10003 Duplicate|is duplicated by|duplicates"), linkTypes(db));
        }
    }

    @Test
    public void open_addsTheStandardCustomFields_withTheirTypeKeys() throws Exception {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(temp.getRoot().toPath())) {
            assertEquals(List.of("customfield_10001 Sprint com.pyxis.greenhopper.jira:gh-sprint",
                    "customfield_10002 Story Points com.atlassian.jira.plugin.system.customfieldtypes:float",
                    "customfield_10100 Team com.atlassian.jira.plugin.system.customfieldtypes:select"),
                    customFields(db));
        }
    }

    @Test
    public void open_keepsReferenceRowsOnce_andLeavesChangedOnesAlone_onReopen() throws Exception {
        Path dir = temp.getRoot().toPath();
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir);
                Connection connection = db.connection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE CUSTOM_FIELD SET NAME = 'Estimate' WHERE ID = 'customfield_10002'");
            statement.executeUpdate("INSERT INTO STATUS (ID, NAME, CATEGORY_ID) VALUES (7, 'Waiting', 4)");
        }
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir)) {
            assertEquals(List.of("1 To Do new", "3 In Progress indeterminate", "5 Done done",
                    "7 Waiting indeterminate"), statuses(db));
            assertEquals(3, linkTypes(db).size());
            assertEquals(List.of("Sprint", "Estimate", "Team"),
                    strings(db, "SELECT NAME FROM CUSTOM_FIELD ORDER BY ID"));
        }
    }

    @Test
    public void setting_isEmpty_forAnUnknownKey() {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(temp.getRoot().toPath())) {
            assertEquals(Optional.empty(), db.setting("ao.nothing.model.version"));
        }
    }

    @Test
    public void setting_storesReplacesAndRemovesValues_acrossReopen() {
        Path dir = temp.getRoot().toPath();
        String longValue = "x".repeat(100_000);
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir)) {
            db.setting("a", "1");
            db.setting("a", "2");
            db.setting("b", longValue);
            db.setting("c", "gone soon");
            db.setting("c", null);
        }
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir)) {
            assertEquals(Optional.of("2"), db.setting("a"));
            assertEquals(Optional.of(longValue), db.setting("b"));
            assertEquals(Optional.empty(), db.setting("c"));
        }
    }

    @Test
    public void setting_refusesANullKey() {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(temp.getRoot().toPath())) {
            assertThrows(NullPointerException.class, () -> db.setting(null));
            assertThrows(NullPointerException.class, () -> db.setting(null, "v"));
        }
    }

    private static List<String> statuses(WorkbenchDatabase db) throws SQLException {
        return strings(db, "SELECT s.ID || ' ' || s.NAME || ' ' || c.CKEY FROM STATUS s"
                + " JOIN STATUS_CATEGORY c ON c.ID = s.CATEGORY_ID ORDER BY s.ID");
    }

    private static List<String> linkTypes(WorkbenchDatabase db) throws SQLException {
        return strings(db, "SELECT ID || ' ' || NAME || '|' || INWARD || '|' || OUTWARD FROM LINK_TYPE ORDER BY ID");
    }

    private static List<String> customFields(WorkbenchDatabase db) throws SQLException {
        return strings(db, "SELECT ID || ' ' || NAME || ' ' || TYPE_KEY FROM CUSTOM_FIELD ORDER BY ID");
    }

    private static Set<String> tables(WorkbenchDatabase db) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection connection = db.connection();
                ResultSet rows = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    private static List<String> statusCategories(WorkbenchDatabase db) throws SQLException {
        return strings(db, "SELECT ID || ' ' || CKEY || ' ' || NAME || ' ' || COLOR FROM STATUS_CATEGORY ORDER BY ID");
    }

    private static List<String> users(WorkbenchDatabase db) throws SQLException {
        return strings(db, "SELECT USERNAME || ' ' || DISPLAY_NAME || ' ' || ADMIN FROM APP_USER ORDER BY USERNAME");
    }

    private static List<String> hashes(WorkbenchDatabase db) throws SQLException {
        return strings(db, "SELECT PASSWORD_SALT || PASSWORD_HASH FROM APP_USER ORDER BY USERNAME");
    }

    private static List<String> strings(WorkbenchDatabase db, String sql) throws SQLException {
        return Rows.strings(db, sql);
    }

    private static List<String> indexColumns(Connection connection, String table, String index) throws SQLException {
        List<String> columns = new ArrayList<>();
        DatabaseMetaData metaData = connection.getMetaData();
        try (ResultSet rows = metaData.getIndexInfo(null, "PUBLIC", table, false, false)) {
            while (rows.next()) {
                if (index.equals(rows.getString("INDEX_NAME"))) {
                    columns.add(rows.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }
}
