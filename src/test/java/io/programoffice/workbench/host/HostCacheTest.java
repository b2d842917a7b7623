package io.programoffice.workbench.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.version.Version;
import io.programoffice.workbench.data.DemoData;
import io.programoffice.workbench.data.WorkbenchDatabase;
import io.programoffice.workbench.importer.JiraImporter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Host reference data kept in memory as Jira keeps it, read again after every write the workbench makes to it
 * ({@link WorkbenchDatabase#hostDataChanged()}), never before it.
 */
public class HostCacheTest {
    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private WorkbenchDatabase db;

    @Before
    public void open() {
        db = WorkbenchDatabase.open(temp.getRoot().toPath());
    }

    @After
    public void close() {
        db.close();
    }

    private void sql(String statement) throws Exception {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    @Test
    public void get_loadsOncePerKey_untilHostDataChanges() {
        AtomicInteger loads = new AtomicInteger();
        HostCache<String, String> cache = new HostCache<>(db, key -> key + loads.incrementAndGet());
        assertEquals("a1", cache.get("a"));
        assertEquals("a1", cache.get("a"));
        assertEquals("b2", cache.get("b"));
        db.hostDataChanged();
        assertEquals("a3", cache.get("a"));
        assertEquals("b4", cache.get("b"));
    }

    @Test
    public void get_neverKeepsAValueLoadedWhileAWriteCommitted() {
        AtomicInteger loads = new AtomicInteger();
        HostCache<String, String> cache = new HostCache<>(db, key -> {
            if (loads.incrementAndGet() == 1) {
                db.hostDataChanged(); // a writer commits while the first load reads
            }
            return key + loads.get();
        });
        assertEquals("a1", cache.get("a"));
        assertEquals("a2", cache.get("a"));
        assertEquals("a2", cache.get("a"));
    }

    @Test
    public void get_remembersNull() {
        AtomicInteger loads = new AtomicInteger();
        HostCache<String, String> cache = new HostCache<>(db, key -> {
            loads.incrementAndGet();
            return null;
        });
        assertNull(cache.get("a"));
        assertNull(cache.get("a"));
        assertEquals(1, loads.get());
    }

    @Test
    public void permissionsProjectsAndVersions_followAWrite_onceItIsAnnounced() throws Exception {
        DemoData.seed(db);
        WbUserDirectory users = new WbUserDirectory(db);
        WbProjectManager projects = new WbProjectManager(db);
        WbPermissionManager permissions = new WbPermissionManager(db, users);
        WbVersionManager versions = new WbVersionManager(db);
        WbUser bob = users.find("bob").orElseThrow();
        WbProject web = projects.getProjectByCurrentKey("WEB");
        assertFalse(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, web, bob));
        int webVersions = versions.getVersions(web.getId()).size();

        sql("INSERT INTO PROJECT_BROWSER (USERNAME, PROJECT_ID) VALUES ('bob', " + web.getId() + ")");
        sql("UPDATE PROJECT SET LEAD = 'bob' WHERE ID = " + web.getId());
        sql("INSERT INTO VERSION (ID, PROJECT_ID, NAME, RELEASED) VALUES (990001, " + web.getId() + ", 'Later', FALSE)");
        db.hostDataChanged();

        WbProject reread = projects.getProjectByCurrentKey("WEB");
        assertEquals("bob", reread.getLeadUserName());
        assertTrue(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, reread, bob));
        assertTrue(permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, reread, bob));
        List<Version> now = versions.getVersions(web.getId());
        assertEquals(webVersions + 1, now.size());
        assertTrue(now.stream().anyMatch(v -> v.getName().equals("Later")));
    }

    @Test
    public void anImport_announcesItsWrites_soProjectsItAddsAreFound() {
        WbProjectManager projects = new WbProjectManager(db);
        assertNull(projects.getProjectByCurrentKey("TST"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JiraImporter importer = new JiraImporter(db, new PrintStream(out, true, StandardCharsets.UTF_8));
        importer.importDocument("project.json", """
                {"self": "https://jira.example.com/rest/api/2/project/10000", "id": "10000", "key": "TST",
                 "name": "Test project"}""".getBytes(StandardCharsets.UTF_8));
        importer.finish();
        assertNotNull(out.toString(StandardCharsets.UTF_8), projects.getProjectByCurrentKey("TST"));
        assertEquals("Test project", projects.getProjectByCurrentKey("TST").getName());
    }
}
