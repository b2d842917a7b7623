package io.programoffice.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.milestone.Milestone;
import io.programoffice.core.milestone.MilestoneScope;
import io.programoffice.core.milestone.MilestoneSnapshot;
import io.programoffice.core.program.Program;
import io.programoffice.testing.RunningWorkbench;
import io.programoffice.workbench.host.WbActiveObjects;
import java.util.List;
import java.util.Set;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The kept milestone reports in the running workbench on the demo: reused while nothing changed, per viewer
 * visibility (a viewer who sees less gets their own), and computed again after a milestone is changed through the
 * store of another ActiveObjects on the same database (as another cluster node writes), after an issue event, and
 * for another window or number of trials.
 */
public class JiraMilestoneReportsWorkbenchTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench(true);
    private static final VisibilityFilter ADMIN = VisibilityFilter.everything();
    private static final VisibilityFilter APP_ONLY = VisibilityFilter.of(Set.of("APP"), Set.of());

    private static WbActiveObjects otherNode;
    private static JiraMilestoneReports reports;

    @BeforeClass
    public static void indexBuilt() throws Exception {
        WORKBENCH.awaitIndex();
        otherNode = WORKBENCH.otherNode();
        reports = WORKBENCH.workbench().plugin(JiraMilestoneReports.class);
    }

    @AfterClass
    public static void closeOtherNode() {
        otherNode.close();
    }

    private static Program demo() {
        return WORKBENCH.program("DEMO");
    }

    private static List<Milestone> stored() {
        return WORKBENCH.workbench().plugin(ActiveObjectsMilestoneStore.class).list("DEMO");
    }

    private static List<JiraMilestoneReports.Reported> reports(VisibilityFilter viewer, int window, int trials) {
        return reports.reports(demo(), stored(), viewer, window, trials);
    }

    private static List<String> scopeKeys(JiraMilestoneReports.Reported r) {
        return r.scope().stream().map(MilestoneSnapshot.ScopeIssue::key).toList();
    }

    @Test
    public void reports_areKept_whileNothingChanges_andPerViewerVisibility() {
        List<JiraMilestoneReports.Reported> admin = reports(ADMIN, 60, 1_000);
        assertSame(admin, reports(VisibilityFilter.everything(), 60, 1_000));
        List<JiraMilestoneReports.Reported> app = reports(APP_ONLY, 60, 1_000);
        assertNotSame(admin, app);
        assertSame(app, reports(VisibilityFilter.of(Set.of("APP"), Set.of()), 60, 1_000));
        for (JiraMilestoneReports.Reported r : app) {
            for (String key : scopeKeys(r)) {
                assertTrue(key, key.startsWith("APP-"));
            }
        }
        assertTrue(admin.get(0).report().issues() > app.get(0).report().issues());
        assertNotSame(admin, reports(ADMIN, 30, 1_000));
        assertNotSame(admin, reports(ADMIN, 60, 2_000));
    }

    @Test
    public void reports_seeAMilestoneChangedByAnotherNode() {
        List<JiraMilestoneReports.Reported> before = reports(ADMIN, 60, 1_000);
        ActiveObjectsMilestoneStore elsewhere = new ActiveObjectsMilestoneStore(otherNode);
        Milestone pilot = elsewhere.list("DEMO").stream().filter(m -> m.name().equals("Partner pilot")).findFirst()
                .orElseThrow();
        Milestone narrowed = new Milestone(pilot.id(), pilot.programKey(), pilot.name(), pilot.description(),
                pilot.targetDate(), MilestoneScope.issues(List.of("APP-20", "APP-21")), pilot.owner(),
                pilot.position(), pilot.version());
        try {
            assertTrue(elsewhere.update(narrowed).isPresent());
            List<JiraMilestoneReports.Reported> after = reports(ADMIN, 60, 1_000);
            assertNotSame(before, after);
            JiraMilestoneReports.Reported reported = after.stream()
                    .filter(r -> r.report().milestone().name().equals("Partner pilot")).findFirst().orElseThrow();
            assertEquals(List.of("APP-20", "APP-21"), scopeKeys(reported));
        } finally {
            Milestone now = elsewhere.list("DEMO").stream().filter(m -> m.id() == pilot.id()).findFirst()
                    .orElseThrow();
            elsewhere.update(new Milestone(pilot.id(), pilot.programKey(), pilot.name(), pilot.description(),
                    pilot.targetDate(), pilot.scope(), pilot.owner(), pilot.position(), now.version()));
        }
    }

    @Test
    public void reports_seeAnIssueEventInJira() throws Exception {
        List<JiraMilestoneReports.Reported> before = reports(ADMIN, 60, 1_000);
        var edited = WORKBENCH.json("PUT", "/rest/api/2/issue/APP-21", "admin",
                "{\"fields\":{\"summary\":\"Partner pilot: sign-in, edited\"}}");
        assertTrue(edited.body(), edited.statusCode() / 100 == 2);
        WORKBENCH.awaitIndex();
        List<JiraMilestoneReports.Reported> after = reports(ADMIN, 60, 1_000);
        assertNotSame(before, after);
        assertNotEquals(0, after.size());
    }
}
