package io.programoffice.workbench.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import io.programoffice.workbench.data.DemoData;
import io.programoffice.workbench.data.WorkbenchDatabase;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class WbPermissionManagerTest {
    private static final ProjectPermissionKey BROWSE = ProjectPermissions.BROWSE_PROJECTS;
    private static final ProjectPermissionKey ADMINISTER = new ProjectPermissionKey("ADMINISTER_PROJECTS");

    @ClassRule
    public static TemporaryFolder temp = new TemporaryFolder();

    private static WorkbenchDatabase db;
    private static WbUserDirectory users;
    private static WbProjectManager projects;
    private static WbPermissionManager permissions;

    @BeforeClass
    public static void seed() {
        db = WorkbenchDatabase.open(temp.getRoot().toPath());
        DemoData.seed(db);
        users = new WbUserDirectory(db);
        projects = new WbProjectManager(db);
        permissions = new WbPermissionManager(db, users);
    }

    @AfterClass
    public static void close() {
        db.close();
    }

    @Test
    public void hasPermission_browse_isTrueForApp_butFalseForData_whenUserIsAlice() {
        WbUser alice = user("alice");
        assertTrue(permissions.hasPermission(BROWSE, project("APP"), alice));
        assertFalse(permissions.hasPermission(BROWSE, project("DATA"), alice));
    }

    @Test
    public void hasPermission_browse_followsTheBrowseRows_forAliceAndBob() {
        assertEquals(Set.of("APP", "WEB", "API"), browsable(user("alice")));
        assertEquals(Set.of("API", "DATA", "OPS"), browsable(user("bob")));
    }

    @Test
    public void hasPermission_browse_isTrueForEveryProject_whenUserIsAdmin() {
        assertEquals(Set.of("APP", "WEB", "API", "DATA", "OPS", "SEC"), browsable(user("admin")));
    }

    @Test
    public void hasPermission_isFalseForEveryProject_whenUserIsAnonymous() {
        for (Project project : projects.getProjectObjects()) {
            assertFalse(permissions.hasPermission(BROWSE, project, null));
            assertFalse(permissions.hasPermission(ADMINISTER, project, null));
        }
    }

    @Test
    public void hasPermission_isFalse_forAUserMissingFromTheDirectory() {
        ApplicationUser stranger = new WbUser("mallory", "Mallory", true);
        assertFalse(permissions.hasPermission(BROWSE, project("APP"), stranger));
        assertEquals(Set.of(), permissions.browsableProjectIds(stranger));
    }

    @Test
    public void hasPermission_otherThanBrowse_isGrantedToTheAdministratorOnly() {
        assertTrue(permissions.hasPermission(ADMINISTER, project("APP"), user("admin")));
        assertFalse(permissions.hasPermission(ADMINISTER, project("APP"), user("alice")));
    }

    @Test
    public void hasPermission_editIssues_isGrantedToTheLeadOfABrowsedProject_andTheAdministrator() {
        ProjectPermissionKey edit = new ProjectPermissionKey("EDIT_ISSUES");
        assertTrue(permissions.hasPermission(edit, project("APP"), user("alice")));
        assertFalse(permissions.hasPermission(edit, project("API"), user("alice")));
        assertTrue(permissions.hasPermission(edit, project("API"), user("bob")));
        assertFalse(permissions.hasPermission(edit, project("OPS"), user("bob")));
        assertTrue(permissions.hasPermission(edit, project("SEC"), user("admin")));
    }

    @Test
    public void hasPermission_comparesKeysByValue() {
        assertTrue(permissions.hasPermission(new ProjectPermissionKey("BROWSE_PROJECTS"), project("APP"),
                user("alice")));
    }

    @Test
    public void hasPermission_isFalse_forANullProjectOrKey() {
        assertFalse(permissions.hasPermission(BROWSE, null, user("admin")));
        assertFalse(permissions.hasPermission(null, project("APP"), user("admin")));
    }

    @Test
    public void browsableProjectIds_listsIdsInAscendingOrder() {
        List<Long> ids = List.copyOf(permissions.browsableProjectIds(user("bob")));
        assertEquals(List.of(project("API").getId(), project("DATA").getId(), project("OPS").getId()), ids);
        assertEquals(Set.of(), permissions.browsableProjectIds(null));
    }

    private static Set<String> browsable(ApplicationUser user) {
        return projects.getProjectObjects().stream()
                .filter(project -> permissions.hasPermission(BROWSE, project, user))
                .map(Project::getKey)
                .collect(Collectors.toSet());
    }

    private static WbUser user(String username) {
        return users.find(username).orElseThrow();
    }

    private static WbProject project(String key) {
        return projects.getProjectByCurrentKey(key);
    }
}
