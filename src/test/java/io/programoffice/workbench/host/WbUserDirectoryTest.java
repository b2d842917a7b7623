package io.programoffice.workbench.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.programoffice.workbench.data.WorkbenchDatabase;
import java.util.List;
import java.util.Optional;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class WbUserDirectoryTest {
    @ClassRule
    public static TemporaryFolder temp = new TemporaryFolder();

    @Rule
    public TemporaryFolder own = new TemporaryFolder();

    private static WorkbenchDatabase db;
    private static WbUserDirectory users;

    @BeforeClass
    public static void open() {
        db = WorkbenchDatabase.open(temp.getRoot().toPath());
        db.seedUsers();
        users = new WbUserDirectory(db);
    }

    @AfterClass
    public static void close() {
        db.close();
    }

    @Test
    public void authenticate_returnsTheUser_whenThePasswordIsRight() {
        assertEquals(Optional.of(new WbUser("alice", "Alice Nguyen", false)), users.authenticate("alice", "alice"));
        assertEquals(Optional.of(new WbUser("admin", "Administrator", true)), users.authenticate("admin", "admin"));
        assertEquals(Optional.of(new WbUser("bob", "Bob Okafor", false)), users.authenticate("bob", "bob"));
    }

    @Test
    public void authenticate_returnsNothing_whenThePasswordIsWrong() {
        assertEquals(Optional.empty(), users.authenticate("alice", "bob"));
        assertEquals(Optional.empty(), users.authenticate("alice", "Alice"));
        assertEquals(Optional.empty(), users.authenticate("alice", ""));
    }

    @Test
    public void authenticate_returnsNothing_forAnUnknownOrMissingUsername() {
        assertEquals(Optional.empty(), users.authenticate("mallory", "mallory"));
        assertEquals(Optional.empty(), users.authenticate(null, "alice"));
        assertEquals(Optional.empty(), users.authenticate("alice", null));
    }

    @Test
    public void find_returnsTheUser_withoutAPassword() {
        WbUser bob = users.find("bob").orElseThrow();
        assertEquals("bob", bob.getKey());
        assertEquals("bob", bob.getUsername());
        assertEquals("Bob Okafor", bob.getDisplayName());
        assertTrue(bob.isActive());
        assertFalse(bob.isAdmin());
    }

    @Test
    public void find_returnsNothing_forAnUnknownOrNullUsername() {
        assertEquals(Optional.empty(), users.find("mallory"));
        assertEquals(Optional.empty(), users.find(null));
    }

    @Test
    public void isAdmin_isTrueOnlyForTheAdministrator() {
        assertTrue(users.isAdmin("admin"));
        assertFalse(users.isAdmin("alice"));
        assertFalse(users.isAdmin("bob"));
        assertFalse(users.isAdmin("mallory"));
    }

    @Test
    public void all_listsTheUsersByUsername() {
        assertEquals(List.of("admin", "alice", "bob"), users.all().stream().map(WbUser::getUsername).toList());
    }

    @Test
    public void find_seesAUserAddedLater() {
        try (WorkbenchDatabase fresh = WorkbenchDatabase.open(own.getRoot().toPath())) {
            WbUserDirectory directory = new WbUserDirectory(fresh);
            assertEquals(Optional.empty(), directory.find("carol"));
            fresh.ensureUser("carol", "Carol Diaz", "pw", false);
            assertEquals("Carol Diaz", directory.find("carol").orElseThrow().getDisplayName());
            assertTrue(directory.authenticate("carol", "pw").isPresent());
        }
    }
}
