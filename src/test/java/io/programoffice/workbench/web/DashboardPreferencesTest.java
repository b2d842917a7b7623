package io.programoffice.workbench.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.programoffice.workbench.data.WorkbenchDatabase;
import java.util.Map;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Dashboard item preferences in the workbench database: per user and item, text values, bounded. */
public class DashboardPreferencesTest {
    @ClassRule
    public static TemporaryFolder temp = new TemporaryFolder();

    private static WorkbenchDatabase db;
    private static DashboardPreferences preferences;

    @BeforeClass
    public static void open() {
        db = WorkbenchDatabase.open(temp.getRoot().toPath());
        preferences = new DashboardPreferences(db);
    }

    @AfterClass
    public static void close() {
        db.close();
    }

    @Test
    public void put_replacesTheUsersPreferencesOfOneItem_only() {
        preferences.put("bob", "overview", Map.of("programKey", "DEMO"));
        preferences.put("bob", "overview", Map.of("programKey", "PLAT", "rows", "5"));
        preferences.put("alice", "overview", Map.of("programKey", "DEMO"));
        assertEquals(Map.of("programKey", "PLAT", "rows", "5"), preferences.get("bob", "overview"));
        assertEquals(Map.of("programKey", "DEMO"), preferences.get("alice", "overview"));
        assertEquals(Map.of(), preferences.get("bob", "other"));
    }

    @Test
    public void fromJson_takesTextNumbersAndBooleans_andRefusesAnythingElse() {
        assertEquals(Map.of("a", "x", "b", "3", "c", "true"), DashboardPreferences.fromJson(
                "{\"a\":\"x\",\"b\":3,\"c\":true}"));
        assertEquals("The preference 'a' must be a text.", assertThrows(IllegalArgumentException.class,
                () -> DashboardPreferences.fromJson("{\"a\":{\"b\":1}}")).getMessage());
        assertEquals("The preferences must be a JSON object.", assertThrows(IllegalArgumentException.class,
                () -> DashboardPreferences.fromJson("[1]")).getMessage());
    }

    @Test
    public void put_refusesTooLongValues_andChangesNothing() {
        preferences.put("carol", "overview", Map.of("programKey", "DEMO"));
        assertThrows(IllegalArgumentException.class, () -> preferences.put("carol", "overview",
                Map.of("programKey", "x".repeat(DashboardPreferences.MAX_VALUE + 1))));
        assertThrows(IllegalArgumentException.class, () -> preferences.put("carol", "overview", Map.of("", "x")));
        assertEquals(Map.of("programKey", "DEMO"), preferences.get("carol", "overview"));
    }
}
