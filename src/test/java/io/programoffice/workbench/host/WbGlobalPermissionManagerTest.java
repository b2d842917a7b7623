package io.programoffice.workbench.host;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.jira.permission.GlobalPermissionKey;
import io.programoffice.workbench.data.WorkbenchDatabase;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class WbGlobalPermissionManagerTest {
    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private WorkbenchDatabase db;
    private WbUserDirectory directory;
    private WbGlobalPermissionManager permissions;

    @Before
    public void open() {
        db = WorkbenchDatabase.open(temp.getRoot().toPath());
        db.seedUsers();
        directory = new WbUserDirectory(db);
        permissions = new WbGlobalPermissionManager(directory);
    }

    @After
    public void close() {
        db.close();
    }

    @Test
    public void hasPermission_administerAndSystemAdmin_areTrueForAdmin() {
        WbUser admin = directory.find("admin").orElseThrow();
        assertTrue(permissions.hasPermission(GlobalPermissionKey.ADMINISTER, admin));
        assertTrue(permissions.hasPermission(GlobalPermissionKey.SYSTEM_ADMIN, admin));
        assertTrue(permissions.hasPermission(GlobalPermissionKey.of("ADMINISTER"), admin));
    }

    @Test
    public void hasPermission_isFalseForUsersWhoAreNotAdministrators() {
        WbUser alice = directory.find("alice").orElseThrow();
        assertFalse(permissions.hasPermission(GlobalPermissionKey.ADMINISTER, alice));
        assertFalse(permissions.hasPermission(GlobalPermissionKey.SYSTEM_ADMIN, alice));
    }

    @Test
    public void hasPermission_isFalseForOtherPermissions_evenForAdmin() {
        WbUser admin = directory.find("admin").orElseThrow();
        assertFalse(permissions.hasPermission(GlobalPermissionKey.of("USE"), admin));
        assertFalse(permissions.hasPermission(GlobalPermissionKey.of("administer"), admin));
        assertFalse(permissions.hasPermission(null, admin));
    }

    @Test
    public void hasPermission_isFalseForAnonymous_andForUsersOutsideTheDirectory() {
        assertFalse(permissions.hasPermission(GlobalPermissionKey.ADMINISTER, null));
        assertFalse(permissions.hasPermission(GlobalPermissionKey.ADMINISTER, new WbUser("mallory", "Mallory", true)));
    }

    @Test
    public void hasPermission_followsTheDirectory_whenAUserBecomesAdmin() throws Exception {
        WbUser alice = directory.find("alice").orElseThrow();
        try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE APP_USER SET ADMIN = TRUE WHERE USERNAME = 'alice'");
        }
        db.hostDataChanged(); // as every writer of host data does after committing (the directory keeps users in memory)
        assertTrue(permissions.hasPermission(GlobalPermissionKey.ADMINISTER, alice));
    }
}
