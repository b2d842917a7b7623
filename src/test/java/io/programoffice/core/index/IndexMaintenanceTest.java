package io.programoffice.core.index;

import static io.programoffice.core.index.IndexFakes.program;
import static io.programoffice.core.index.IndexFakes.story;
import static io.programoffice.core.index.Issues.out;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.programoffice.testing.StoredPrograms;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.Before;
import org.junit.Test;

public class IndexMaintenanceTest {
    private final IndexFakes.Source source = new IndexFakes.Source();
    private final StoredPrograms programs = new StoredPrograms();
    private final IndexFakes.Schemes schemes = new IndexFakes.Schemes();
    private final IndexFakes.TestClock clock = new IndexFakes.TestClock();
    private IndexMaintenance maintenance;

    @Before
    public void setUp() {
        maintenance = new IndexMaintenance(source, programs, schemes, clock, "node-1", Duration.ofMinutes(2));
        programs.put(program("PLAT", List.of("APP", "WEB"), null));
    }

    private long now() {
        return clock.instant().toEpochMilli();
    }

    private String status(long id) {
        return maintenance.index().get(id).map(IssueRecord::status).orElse(null);
    }

    @Test
    public void rebuild_indexesThePrograms_projectsOnly_readingPagesOfAThousandById() {
        for (long id = 1; id <= 2_500; id++) {
            source.put(story(id, (id % 2 == 0 ? "APP-" : "WEB-") + id, "To Do", now()));
        }
        source.put(story(3_000, "OTHER-1", "To Do", now()));

        assertEquals(IndexStatus.State.EMPTY, maintenance.status().state());
        assertTrue(maintenance.rebuild());

        assertEquals(2_500, maintenance.index().size());
        assertFalse(maintenance.index().contains(3_000));
        assertEquals(3, source.pageCalls); // 1,000 + 1,000 + 500
        IndexStatus status = maintenance.status();
        assertEquals(IndexStatus.State.READY, status.state());
        assertEquals("node-1", status.node());
        assertEquals(2_500, status.issues());
        assertNotNull(status.lastBuild());
        assertNull(status.failure());
    }

    @Test
    public void rebuild_showsProgressAndKeepsServingThePreviousIndex_whileItRuns() {
        source.put(story(1, "APP-1", "To Do", now()), story(2, "APP-2", "To Do", now()));
        maintenance.rebuild();
        ProgramIndex before = maintenance.index();
        source.put(story(3, "APP-3", "To Do", now()));
        List<IndexStatus> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        source.beforePage = () -> {
            seen.add(maintenance.status());
            sizes.add(maintenance.index().size());
        };

        maintenance.rebuild();

        assertEquals(IndexStatus.State.BUILDING, seen.get(0).state());
        assertEquals(3, seen.get(0).progressTotal());
        assertEquals(List.of(2), sizes);
        assertEquals(3, maintenance.index().size());
        assertTrue(maintenance.index() != before);
        assertEquals(0, maintenance.status().progressTotal());
    }

    @Test
    public void rebuild_thatFails_keepsThePreviousIndex_andSaysWhy() {
        source.put(story(1, "APP-1", "To Do", now()));
        maintenance.rebuild();
        source.failure = new IllegalStateException("search is down");

        maintenance.rebuild();

        assertEquals(IndexStatus.State.FAILED, maintenance.status().state());
        assertEquals("IllegalStateException: search is down", maintenance.status().failure());
        assertEquals(1, maintenance.index().size());
    }

    @Test
    public void eventsDuringARebuild_areAppliedToTheLiveIndex_andReplayedOntoTheNewOne() {
        source.put(story(1, "APP-1", "To Do", now()), story(2, "APP-2", "To Do", now()),
                story(3, "APP-3", "To Do", now()));
        maintenance.rebuild();
        boolean[] sent = {false};
        source.beforePage = () -> {
            if (!sent[0]) {
                sent[0] = true;
                // another thread's events, while the build reads its first page
                IssueRecord edited = story(3, "APP-3", "Done", now() + 1);
                source.put(edited);
                maintenance.issueChanged(edited);
                IssueRecord created = story(4, "WEB-4", "To Do", now() + 1);
                source.put(created);
                maintenance.issueChanged(created);
                source.issues.remove(2L);
                maintenance.issueDeleted(2);
                maintenance.linkCreated(1, out(77, "Blocks", 3));
                assertEquals("Done", status(3)); // live index, during the build
            }
        };

        maintenance.rebuild();

        assertEquals("Done", status(3));
        assertTrue(maintenance.index().contains(4));
        assertFalse(maintenance.index().contains(2));
        assertEquals(1, maintenance.index().links(1).size());
        assertEquals(3, maintenance.index().size());
    }

    @Test
    public void replay_skipsAnEventOlderThanWhatTheBuildRead() {
        source.put(story(1, "APP-1", "To Do", now()));
        maintenance.rebuild();
        IssueRecord stale = story(1, "APP-1", "In Progress", now() + 1);
        source.beforePage = () -> {
            maintenance.issueChanged(stale);
            source.put(story(1, "APP-1", "Done", now() + 2)); // a later change the build reads
            source.beforePage = () -> { };
        };

        maintenance.rebuild();

        assertEquals("Done", status(1));
    }

    @Test
    public void reconcile_repairsWhatDroppedEventsMissed_andCountsIt() {
        source.put(story(1, "APP-1", "To Do", now()), story(2, "APP-2", "To Do", now()),
                story(3, "WEB-3", "To Do", now()));
        maintenance.rebuild();
        clock.advanceMinutes(10);
        // another node's changes: no event here
        source.put(story(1, "APP-1", "Done", now()));
        source.put(story(5, "WEB-5", "To Do", now(), out(9, "Blocks", 2)));
        source.issues.remove(3L);
        clock.advanceMinutes(1);

        assertTrue(maintenance.reconcile());

        assertEquals("Done", status(1));
        assertTrue(maintenance.index().contains(5));
        assertEquals(1, maintenance.index().links(2).size());
        assertFalse(maintenance.index().contains(3));
        IndexStatus status = maintenance.status();
        assertEquals(3, status.lastRepairs());
        assertNotNull(status.lastReconcile());
    }

    @Test
    public void reconcile_findsNothingToRepair_whenEventsArrived() {
        source.put(story(1, "APP-1", "To Do", now()));
        maintenance.rebuild();
        clock.advanceMinutes(3);
        IssueRecord edited = story(1, "APP-1", "Done", now());
        source.put(edited);
        maintenance.issueChanged(edited);

        maintenance.reconcile();

        assertEquals(0, maintenance.status().lastRepairs());
        assertNotNull(maintenance.status().lastEvent());
    }

    @Test
    public void reconcile_looksBackBySafetyMargin_beforeTheLastSync() {
        source.put(story(1, "APP-1", "To Do", now()));
        maintenance.rebuild();
        // committed a minute before the build started, but not visible to its search
        source.put(story(2, "APP-2", "To Do", now() - 60_000));
        clock.advanceMinutes(5);

        maintenance.reconcile();

        assertTrue(maintenance.index().contains(2));
    }

    @Test
    public void issueMovedOutOfEveryProgramsScope_isRemoved_andMovedIn_isAdded() {
        source.put(story(1, "APP-1", "To Do", now()));
        maintenance.rebuild();

        maintenance.issueChanged(story(1, "OTHER-7", "To Do", now() + 1));
        assertFalse(maintenance.index().contains(1));

        maintenance.issueChanged(story(1, "WEB-12", "To Do", now() + 2));
        assertEquals("WEB-12", maintenance.index().get(1).orElseThrow().key());

        maintenance.issueChanged(story(1, "APP-40", "To Do", now() + 3));
        assertEquals("APP", maintenance.index().get(1).orElseThrow().projectKey());
    }

    @Test
    public void reconcile_removesAnIssueMovedOutOfScope_onAnotherNode() {
        source.put(story(1, "APP-1", "To Do", now()), story(2, "APP-2", "To Do", now()));
        maintenance.rebuild();
        clock.advanceMinutes(5);
        source.put(story(1, "OTHER-1", "To Do", now()));
        source.put(story(3, "WEB-9", "To Do", now())); // moved in from OTHER

        maintenance.reconcile();

        assertFalse(maintenance.index().contains(1));
        assertTrue(maintenance.index().contains(3));
        assertEquals(2, maintenance.status().lastRepairs());
    }

    @Test
    public void reconcile_loadsProjectsNewlyInScope_andDropsProjectsNoProgramHolds() {
        source.put(story(1, "APP-1", "To Do", now()), story(2, "DATA-1", "To Do", now()),
                story(3, "WEB-1", "To Do", now()));
        maintenance.rebuild();
        assertFalse(maintenance.index().contains(2));
        programs.put(program("PLAT", List.of("APP", "DATA"), null));
        clock.advanceMinutes(30);

        maintenance.reconcile();

        assertTrue(maintenance.index().contains(2)); // DATA-1 was not updated: loaded as a new project
        assertFalse(maintenance.index().contains(3)); // WEB left the scope
        assertEquals(0, maintenance.status().lastRepairs()); // scope changes are not repairs
    }

    @Test
    public void membership_asksForAReconcile_whenAProgramNeedsProjectsTheIndexLacks() {
        source.put(story(1, "APP-1", "To Do", now()));
        maintenance.rebuild();
        int[] asked = {0};
        maintenance.onScopeChanged(() -> asked[0]++);

        maintenance.membership(program("PLAT", List.of("APP"), null));
        assertEquals(0, asked[0]);
        maintenance.membership(program("NEW", List.of("DATA"), null));
        assertEquals(1, asked[0]);
    }

    @Test
    public void jqlMembership_holdsWhatTheProgramJqlMatched_andReconcileReevaluatesIt() {
        programs.put(program("RISK", List.of(), "labels = risk"));
        source.put(story(1, "APP-1", "To Do", now()), story(2, "OTHER-2", "To Do", now()),
                story(3, "OTHER-3", "To Do", now()));
        source.jql.put("labels = risk", r -> r.id() == 2);
        maintenance.rebuild();

        ProgramMembership risk = maintenance.membership(programs.find("RISK").orElseThrow());
        assertTrue(risk.containsJqlIssue(2));
        assertFalse(risk.containsJqlIssue(3));
        assertEquals(1, risk.jqlIssueCount());
        assertTrue(maintenance.index().contains(2));
        assertFalse(maintenance.index().contains(3));

        // the JQL now matches issue 3 instead (a label changed on another node, or the filter was edited)
        source.jql.put("labels = risk", r -> r.id() == 3);
        clock.advanceMinutes(10);
        maintenance.reconcile();

        risk = maintenance.membership(programs.find("RISK").orElseThrow());
        assertTrue(risk.containsJqlIssue(3));
        assertFalse(risk.containsJqlIssue(2));
        assertTrue(maintenance.index().contains(3)); // loaded although not updated
        assertFalse(maintenance.index().contains(2)); // no program holds it any more
    }

    @Test
    public void anEventForAJqlMatchedIssue_keepsItIndexed() {
        programs.put(program("RISK", List.of(), "labels = risk"));
        source.put(story(2, "OTHER-2", "To Do", now()));
        source.jql.put("labels = risk", r -> r.id() == 2);
        maintenance.rebuild();

        maintenance.issueChanged(story(2, "OTHER-2", "Done", now() + 1));

        assertEquals("Done", status(2));
    }

    @Test
    public void linkEvents_addAndRemoveLinksAtBothEnds() {
        source.put(story(1, "APP-1", "To Do", now()), story(2, "WEB-2", "To Do", now()));
        maintenance.rebuild();

        maintenance.linkCreated(1, out(5, "Blocks", 2));
        assertEquals(1, maintenance.index().links(2).size());
        maintenance.linkDeleted(5);
        assertEquals(0, maintenance.index().links(1).size());
        assertEquals(0, maintenance.index().linkCount());
    }

    @Test
    public void reconcile_beforeAnyBuild_builds() {
        source.put(story(1, "APP-1", "To Do", now()));

        assertTrue(maintenance.reconcile());

        assertEquals(IndexStatus.State.READY, maintenance.status().state());
        assertEquals(1, maintenance.index().size());
        assertNull(maintenance.status().lastReconcile());
    }

    @Test
    public void aSecondBuild_whileOneRuns_doesNothing() {
        source.put(story(1, "APP-1", "To Do", now()));
        boolean[] second = {true};
        source.beforePage = () -> second[0] = maintenance.rebuild() || maintenance.reconcile();

        maintenance.rebuild();

        assertFalse(second[0]);
    }

    @Test
    public void aProgramJqlTheSourceRefuses_isLeftOut_andNamed_withoutStoppingTheIndex() {
        programs.put(program("BAD", List.of("WEB"), "nosuchfield = 1"));
        source.put(story(1, "APP-1", "To Do", now()), story(2, "WEB-2", "To Do", now()));

        maintenance.rebuild();

        IndexStatus status = maintenance.status();
        assertEquals(IndexStatus.State.READY, status.state());
        assertEquals(2, status.issues());
        assertTrue(status.failure(), status.failure().contains("[nosuchfield = 1] left out"));
        assertTrue(maintenance.scope().jqls().isEmpty());
        int[] asked = {0};
        maintenance.onScopeChanged(() -> asked[0]++);
        assertEquals(0, maintenance.membership(programs.find("BAD").orElseThrow()).jqlIssueCount());
        assertEquals(0, asked[0]); // a refused filter does not ask for reconcile after reconcile
    }
}
