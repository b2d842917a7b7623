package io.programoffice.workbench.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.programoffice.workbench.data.WorkbenchDatabase;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class WbJiraUserManagerTest {
    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private WorkbenchDatabase db;
    private WbJiraUserManager users;

    @Before
    public void open() {
        db = WorkbenchDatabase.open(temp.getRoot().toPath());
        db.seedUsers();
        users = new WbJiraUserManager(new WbUserDirectory(db));
    }

    @After
    public void close() {
        db.close();
    }

    @Test
    public void getUserByName_returnsTheDirectoryUser() {
        assertEquals(new WbUser("alice", "Alice Nguyen", false), users.getUserByName("alice"));
        assertEquals(new WbUser("admin", "Administrator", true), users.getUserByName("admin"));
    }

    @Test
    public void getUserByName_isNull_forUnknownOtherCaseBlankOrNullNames() {
        assertNull(users.getUserByName("carol"));
        assertNull(users.getUserByName("Alice"));
        assertNull(users.getUserByName(""));
        assertNull(users.getUserByName(null));
    }

    @Test
    public void getUserByKey_findsByTheKey_whichIsTheUsername() {
        assertEquals("Alice Nguyen", users.getUserByKey("alice").getDisplayName());
        assertNull(users.getUserByKey("carol"));
        assertNull(users.getUserByKey(null));
    }

    @Test
    public void getUserByName_seesUsersAddedLater() {
        assertNull(users.getUserByName("carol"));
        db.ensureUser("carol", "Carol Diaz", "carol", false);
        assertEquals(new WbUser("carol", "Carol Diaz", false), users.getUserByName("carol"));
    }
}
