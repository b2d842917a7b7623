package io.programoffice.workbench.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import com.atlassian.jira.project.Project;
import io.programoffice.workbench.data.DemoData;
import io.programoffice.workbench.data.WorkbenchDatabase;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class WbProjectManagerTest {
    @ClassRule
    public static TemporaryFolder temp = new TemporaryFolder();

    private static WorkbenchDatabase db;
    private static WbProjectManager projects;

    @BeforeClass
    public static void seed() {
        db = WorkbenchDatabase.open(temp.getRoot().toPath());
        DemoData.seed(db);
        projects = new WbProjectManager(db);
    }

    @AfterClass
    public static void close() {
        db.close();
    }

    @Test
    public void getProjectByCurrentKey_returnsTheProject() {
        WbProject app = projects.getProjectByCurrentKey("APP");
        assertEquals("APP", app.getKey());
        assertEquals("Mobile App", app.getName());
        assertEquals("alice", app.getLeadUserName());
    }

    @Test
    public void getProjectByCurrentKey_returnsNull_forAnUnknownLowerCaseOrNullKey() {
        assertNull(projects.getProjectByCurrentKey("NOPE"));
        assertNull(projects.getProjectByCurrentKey("app"));
        assertNull(projects.getProjectByCurrentKey(null));
    }

    @Test
    public void getProjectObjects_returnsEveryProject_orderedByName() {
        assertEquals(List.of("API Gateway", "Data Pipeline", "Infrastructure", "Mobile App", "Security",
                "Web Platform"), projects.getProjectObjects().stream().map(Project::getName).toList());
    }

    @Test
    public void getProjectObj_findsAProjectById() {
        WbProject sec = projects.getProjectByCurrentKey("SEC");
        assertEquals(sec, projects.getProjectObj(sec.getId()));
        assertNull(projects.getProjectObj(1L));
        assertNull(projects.getProjectObj(null));
    }
}
