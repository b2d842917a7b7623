package io.programoffice.workbench.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class WbUserTest {
    @Test
    public void key_isTheUsername_andTheUserIsActive() {
        WbUser user = new WbUser("alice", "Alice Nguyen", false);
        assertEquals("alice", user.getKey());
        assertTrue(user.isActive());
    }

    @Test
    public void equals_comparesEveryField() {
        WbUser alice = new WbUser("alice", "Alice Nguyen", false);
        assertEquals(alice, new WbUser("alice", "Alice Nguyen", false));
        assertEquals(alice.hashCode(), new WbUser("alice", "Alice Nguyen", false).hashCode());
        assertNotEquals(alice, new WbUser("alice", "Alice N.", false));
        assertNotEquals(alice, new WbUser("alice", "Alice Nguyen", true));
    }

    @Test
    public void constructor_rejectsAMissingUsername() {
        assertThrows(NullPointerException.class, () -> new WbUser(null, "x", false));
    }

    @Test
    public void project_exposesIdKeyNameAndLead() {
        WbProject project = new WbProject(10000L, "APP", "Mobile App", "alice");
        assertEquals(Long.valueOf(10000), project.getId());
        assertEquals("APP", project.getKey());
        assertEquals("Mobile App", project.getName());
        assertEquals("alice", project.getLeadUserName());
        assertEquals(project, new WbProject(10000L, "APP", "Mobile App", "alice"));
        assertNotEquals(project, new WbProject(10001L, "APP", "Mobile App", "alice"));
    }
}
