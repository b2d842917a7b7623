package io.programoffice.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import io.programoffice.core.analysis.DependencyAnalysis;
import io.programoffice.core.analysis.DependencyGraph;
import io.programoffice.core.dependency.DependencyRecord;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.program.Program;
import io.programoffice.core.scheme.DependencyLinkType;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.scheme.RiskSource;
import io.programoffice.testing.RunningWorkbench;
import io.programoffice.workbench.Workbench;
import io.programoffice.workbench.host.WbActiveObjects;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The kept dependency analyses in the running workbench on the demo: reused while nothing changed, per viewer
 * visibility, and computed again after a change written through stores of another ActiveObjects on the same database
 * (as another cluster node writes, with no event on this node) and after a Jira link event. Each cached answer is
 * compared with a fresh analysis that keeps nothing.
 */
public class JiraDependencyAnalysisWorkbenchTest {
    @ClassRule
    public static final RunningWorkbench WORKBENCH = new RunningWorkbench(true);
    private static final VisibilityFilter ADMIN = VisibilityFilter.everything();
    private static final VisibilityFilter APP_ONLY = VisibilityFilter.of(Set.of("APP"), Set.of());

    private static WbActiveObjects otherNode;
    private static JiraDependencyAnalysis kept;

    @BeforeClass
    public static void indexBuilt() throws Exception {
        WORKBENCH.awaitIndex();
        otherNode = WORKBENCH.otherNode();
        kept = WORKBENCH.workbench().plugin(JiraDependencyAnalysis.class);
    }

    @AfterClass
    public static void closeOtherNode() {
        otherNode.close();
    }

    private static Program demo() {
        return WORKBENCH.program("DEMO");
    }

    /** An analysis that keeps nothing (a new instance each time) on the same index and stores. */
    private static DependencyAnalysis fresh(VisibilityFilter viewer) {
        Workbench wb = WORKBENCH.workbench();
        return new JiraDependencyAnalysis(wb.plugin(JiraProgramIndex.class), wb.plugin(JiraVisibility.class),
                wb.plugin(ActiveObjectsSchemeStore.class), wb.plugin(ActiveObjectsDependencyStore.class),
                wb.plugin(JiraProgramReleases.class), Clock.systemDefaultZone()).analyze(demo(), viewer);
    }

    private static void assertSameAsFresh(DependencyAnalysis analysis, VisibilityFilter viewer) {
        assertEquals(fresh(viewer).summary(), analysis.summary());
    }

    @Test
    public void analyze_isKept_whileNothingChanges_andPerViewerVisibility() {
        DependencyAnalysis admin = kept.analyze(demo(), ADMIN);
        assertSame(admin, kept.analyze(demo(), VisibilityFilter.everything()));
        assertSameAsFresh(admin, ADMIN);
        DependencyAnalysis app = kept.analyze(demo(), APP_ONLY);
        assertNotSame(admin, app);
        assertSame(app, kept.analyze(demo(), VisibilityFilter.of(Set.of("APP"), Set.of())));
        assertSameAsFresh(app, APP_ONLY);
        DependencyGraph graph = app.graph();
        assertTrue(graph.size() < admin.graph().size());
        for (int u = 0; u < graph.size(); u++) {
            assertEquals(graph.key(u), "APP", graph.project(u));
        }
    }

    @Test
    public void analyze_seesMetadataWrittenByAnotherNode() {
        DependencyAnalysis before = kept.analyze(demo(), ADMIN);
        ActiveObjectsDependencyStore elsewhere = new ActiveObjectsDependencyStore(otherNode);
        List<DependencyRecord> open = elsewhere.open();
        assertFalse(open.isEmpty());
        DependencyRecord r = open.get(0);
        LocalDate neededBy = LocalDate.of(2020, 1, 6);
        elsewhere.update(new DependencyRecord(r.linkId(), r.state(), neededBy, r.lagDays(), r.upstreamOwner(),
                r.downstreamOwner(), r.note(), r.stateSince(), r.version()), r.version());
        DependencyAnalysis after = kept.analyze(demo(), ADMIN);
        assertNotSame(before, after);
        assertSameAsFresh(after, ADMIN);
        List<LocalDate> neededBys = new ArrayList<>();
        after.summary().late().forEach(l -> neededBys.add(l.neededBy()));
        assertTrue(neededBys.toString(), neededBys.contains(neededBy));
    }

    @Test
    public void analyze_seesASchemeChangedByAnotherNode() {
        DependencyAnalysis before = kept.analyze(demo(), ADMIN);
        ActiveObjectsSchemeStore elsewhere = new ActiveObjectsSchemeStore(otherNode);
        ProgramScheme s = elsewhere.find(demo().schemeId()).orElseThrow();
        List<DependencyLinkType> lagged = new ArrayList<>();
        for (DependencyLinkType t : s.dependencyLinkTypes()) {
            lagged.add(new DependencyLinkType(t.linkType(), t.kind(), t.dependentEnd(), t.lagDays() + 3));
        }
        elsewhere.update(new ProgramScheme(s.id(), s.version(), s.name(), s.description(), lagged,
                s.doneStatusCategories(), s.doneStatuses(), s.estimate(), s.team(), s.milestoneSource(),
                s.calendar(), s.durations(), RiskSource.NONE), s.version());
        DependencyAnalysis after = kept.analyze(demo(), ADMIN);
        assertNotSame(before, after);
        assertSameAsFresh(after, ADMIN);
        assertNotEquals(before.summary(), after.summary());
    }

    @Test
    public void analyze_seesALinkAddedInJira() throws Exception {
        DependencyAnalysis before = kept.analyze(demo(), ADMIN);
        int dependencies = before.summary().dependencies();
        var created = WORKBENCH.json("POST", "/rest/api/2/issueLink", "admin",
                "{\"type\":{\"name\":\"Blocks\"},\"inwardIssue\":{\"key\":\"APP-3\"},\"outwardIssue\":{\"key\":\"WEB-4\"}}");
        assertTrue(created.body(), created.statusCode() / 100 == 2);
        WORKBENCH.awaitIndex();
        DependencyAnalysis after = kept.analyze(demo(), ADMIN);
        assertNotSame(before, after);
        assertSameAsFresh(after, ADMIN);
        assertEquals(dependencies + 1, after.summary().dependencies());
    }
}
