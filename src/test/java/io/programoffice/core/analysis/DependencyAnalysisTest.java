package io.programoffice.core.analysis;

import static io.programoffice.core.analysis.Graphs.graph;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.programoffice.core.analysis.DependencyGraph.DateSource;
import io.programoffice.core.analysis.Graphs.Fixture;
import io.programoffice.core.scheme.DependencyKind;
import io.programoffice.core.scheme.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;

/**
 * Hand-checked schedules on drawn graphs. The project starts on Monday 2026-11-30: working day 0 is Mon 11-30, 4 is
 * Fri 12-04, 5 is Mon 12-07. Times read {@code ES-EF/LS-LF tf ff}, finishes exclusive.
 */
public class DependencyAnalysisTest {

    @Test
    public void schedule_finishToStart_withPositiveAndNegativeLag() {
        Fixture f = graph("A=3, B=2, A->B:FS+2");
        assertEquals("0-3/0-3 tf0 ff0", f.times("A"));
        assertEquals("5-7/5-7 tf0 ff0", f.times("B"));
        assertEquals("2026-12-07..2026-12-08", f.dates("B"));

        Fixture lead = graph("A=3, B=2, A->B:FS-1");
        assertEquals("2-4/2-4 tf0 ff0", lead.times("B"));
        assertEquals("2026-12-02..2026-12-03", lead.dates("B"));
    }

    @Test
    public void schedule_startToStart_withPositiveAndNegativeLag() {
        Fixture f = graph("A=3, B=2, A->B:SS+1");
        assertEquals("0-3/0-3 tf0 ff0", f.times("A"));
        assertEquals("1-3/1-3 tf0 ff0", f.times("B"));

        Fixture lead = graph("A=3, B=2, A->B:SS-2");
        assertEquals("0-2/1-3 tf1 ff1", lead.times("B"));
        assertEquals("0-3/0-3 tf0 ff0", lead.times("A"));
    }

    @Test
    public void schedule_finishToFinish_withPositiveAndNegativeLag() {
        Fixture f = graph("A=3, B=2, A->B:FF+2");
        assertEquals("3-5/3-5 tf0 ff0", f.times("B"));
        assertEquals("0-3/0-3 tf0 ff0", f.times("A"));

        Fixture lead = graph("A=3, B=2, A->B:FF-1");
        assertEquals("0-2/1-3 tf1 ff1", lead.times("B"));
        assertEquals("0-3/0-3 tf0 ff0", lead.times("A"));
    }

    @Test
    public void schedule_startToFinish_withPositiveAndNegativeLag() {
        Fixture f = graph("A=3, B=2, A->B:SF+4");
        assertEquals("2-4/2-4 tf0 ff0", f.times("B"));
        assertEquals("0-3/0-3 tf0 ff0", f.times("A"));

        Fixture lead = graph("A=3, B=2, A->B:SF-1");
        assertEquals("0-2/1-3 tf1 ff1", lead.times("B"));
    }

    @Test
    public void schedule_freeFloatDiffersFromTotalFloat_onASharedPath() {
        // A(1) -> B(1) -> D(4); A -> C(1) -> E(1) -> D: B has float 1, its own free float 1; C's slack is shared with E
        Fixture f = graph("A=1, B=2, C=1, E=1, D=4, A->B, B->D, A->C, C->E, E->D");
        assertEquals("0-1/0-1 tf0 ff0", f.times("A"));
        assertEquals("1-3/1-3 tf0 ff0", f.times("B"));
        assertEquals("1-2/1-2 tf0 ff0", f.times("C"));
        assertEquals("2-3/2-3 tf0 ff0", f.times("E"));
        Fixture g = graph("A=1, B=3, C=1, E=1, D=4, A->B, B->D, A->C, C->E, E->D");
        assertEquals("1-2/2-3 tf1 ff0", g.times("C"));
        assertEquals("2-3/3-4 tf1 ff1", g.times("E"));
        assertEquals(List.of("A", "B", "D"), g.analysis().criticalPath());
    }

    @Test
    public void schedule_crossesWeekends() {
        Fixture f = graph("A=4, B=2, A->B");
        assertEquals("2026-11-30..2026-12-03", f.dates("A"));
        assertEquals("2026-12-04..2026-12-07", f.dates("B"));
        assertEquals(LocalDate.of(2026, 12, 7), f.analysis().finishDate());
    }

    @Test
    public void schedule_skipsHolidays() {
        WorkingCalendar calendar = new WorkingCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                new TreeSet<>(List.of(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 8))));
        Fixture f = graph(calendar, Graphs.MONDAY, "A=4, B=2, A->B");
        assertEquals("4-6/4-6 tf0 ff0", f.times("B"));
        assertEquals("2026-12-07..2026-12-09", f.dates("B"));
    }

    @Test
    public void schedule_startsOnTheFirstWorkingDay_whenTheProjectStartsOnAWeekend() {
        Fixture f = graph(WorkingCalendar.WEEKDAYS, LocalDate.of(2026, 11, 28), "A=1");
        assertEquals("2026-11-30..2026-11-30", f.dates("A"));
    }

    @Test
    public void schedule_treatsDoneWorkAsFinished_neitherDelayedNorDelaying() {
        Fixture f = graph("X=5, Y=0 done, Z=2, X->Y, Y->Z:FS+3");
        assertEquals("0-2/3-5 tf3 ff3", f.times("Z"));
        assertEquals("0-0/0-0 tf0 ff0", f.times("Y"));
        assertFalse(f.analysis().isCritical(f.node("Y")));
        assertEquals(List.of("X"), f.analysis().criticalPath());
    }

    @Test
    public void schedule_collapsesACycle_intoOneUnitWithTheSumOfDurations() {
        Fixture f = graph("A=2, B=3, C=1, D=2, A->B, B->C, C->B:SS+5, C->D");
        assertEquals("2-6/2-6 tf0 ff0", f.times("B"));
        assertEquals("2-6/2-6 tf0 ff0", f.times("C"));
        assertEquals("6-8/6-8 tf0 ff0", f.times("D"));
        AnalysisSummary s = f.analysis().summary();
        assertEquals(4, s.dependencies());
        assertEquals(1, s.cycles());
        assertEquals(2, s.largestCycle());
        assertEquals(2, s.longestChain());
        assertEquals(List.of("A", "B", "C", "D"), s.criticalPath());
        assertEquals(List.of(List.of("B", "C")), f.analysis().cycles());
    }

    @Test
    public void summary_countsCrossProjectDependencies_andMergesDuplicates() {
        Fixture f = graph("APP-1->WEB-1, APP-1->WEB-1, APP-1->WEB-1:SS, APP-2->APP-1, WEB-1->WEB-2");
        AnalysisSummary s = f.analysis().summary();
        assertEquals(4, s.dependencies());
        assertEquals(2, s.crossProject());
        assertEquals(0, s.cycles());
        assertEquals(0, s.largestCycle());
        assertEquals(3, s.longestChain());
    }

    @Test
    public void schedule_ofDisconnectedParts_sharesOneProjectFinish() {
        Fixture f = graph("A=2, B=1, A->B, C=5");
        assertEquals("0-2/2-4 tf2 ff0", f.times("A"));
        assertEquals("2-3/4-5 tf2 ff2", f.times("B"));
        assertEquals("0-5/0-5 tf0 ff0", f.times("C"));
        assertEquals(List.of("C"), f.analysis().criticalPath());
        assertEquals(1, f.analysis().summary().longestChain());
    }

    @Test
    public void criticalChains_followTightDependencies() {
        // D starts on day 5 after B, and E's finish-to-finish (E ends on day 7 = D's finish) holds it there too
        Fixture f = graph("A=2, B=3, C=1, D=2, E=7, A->B, A->C, B->D, C->D, E->D:FF");
        assertEquals(List.of("A", "E", "B", "D"), f.analysis().criticalPath()); // by early start, then drawing order
        assertEquals(Set.of(List.of("A", "B", "D"), List.of("E", "D")), Set.copyOf(f.analysis().criticalChains()));
    }

    @Test
    public void analyze_answers_whenTheWholeGraphIsOneCycle() {
        Fixture f = graph("A=1, B=2, C=3, A->B, B->C, C->A");
        AnalysisSummary s = f.analysis().summary();
        assertEquals(1, s.cycles());
        assertEquals(3, s.largestCycle());
        assertEquals(0, s.longestChain());
        assertEquals(List.of("A", "B", "C"), s.criticalPath());
        assertEquals("0-6/0-6 tf0 ff0", f.times("C"));
    }

    @Test
    public void late_flagsUpstream_whenItsDueDateIsAfterTheNeededBy() {
        Fixture f = graph("A=3 due=2026-12-10, B=2, A->B:FS@2026-12-07");
        LateDependency late = f.analysis().late().get(0);
        assertEquals(new LateDependency(0, 1, "A", "B", DependencyKind.FS, LocalDate.of(2026, 12, 10), DateSource.DUE,
                LocalDate.of(2026, 12, 7), DateSource.NEEDED_BY, 3), late);
    }

    @Test
    public void late_usesTheComputedFinish_whenUpstreamHasNoDates() {
        Fixture f = graph("A=8, B=2 due=2026-12-04, A->B");
        assertEquals(List.of(new LateDependency(0, 1, "A", "B", DependencyKind.FS, LocalDate.of(2026, 12, 9), DateSource.SCHEDULE,
                LocalDate.of(2026, 12, 4), DateSource.DUE, 3)), f.analysis().late());
    }

    @Test
    public void late_usesReleaseDates_andCountsOnlyWorkingDays() {
        Fixture f = graph("A=1 rel=2026-12-14, B=1 rel=2026-12-11, A->B");
        assertEquals(1, f.analysis().late().size());
        assertEquals(DateSource.RELEASE, f.analysis().late().get(0).expectedFrom());
        assertEquals(DateSource.RELEASE, f.analysis().late().get(0).neededFrom());
        assertEquals(1, f.analysis().late().get(0).daysLate());
    }

    @Test
    public void late_ignoresDoneWork_weekendOnlyGaps_andMissingDates() {
        assertTrue(graph("A=1 due=2026-12-06, B=1 due=2026-12-05, A->B").analysis().late().isEmpty());
        assertTrue(graph("A=0 done due=2026-12-20, B=1 due=2026-12-05, A->B").analysis().late().isEmpty());
        assertTrue(graph("A=9, B=1, A->B").analysis().late().isEmpty());
        assertTrue(graph("A=1 due=2026-12-20, B=0 done due=2026-12-05, A->B").analysis().late().isEmpty());
    }

    @Test
    public void late_preferTheDependencyNeededBy_overTheDependentsDueDate() {
        Fixture f = graph("A=1 due=2026-12-09, B=1 due=2026-12-01, A->B@2026-12-10");
        assertTrue(f.analysis().late().isEmpty());
    }

    @Test
    public void slip_isAbsorbedByFloat_thenMovesDependentsAndTheFinish() {
        Fixture f = graph("A=2, B=1, C=1, D=4, A->C, B->C:FS+2");
        int a = f.node("A");
        SlipImpact small = f.analysis().slip(a, 1);
        assertEquals(List.of(), small.moves());
        assertEquals(0, small.projectFinishDays());
        SlipImpact big = f.analysis().slip(a, 3);
        assertEquals(List.of(new IssueMove(f.node("C"), "C", 2, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7))),
                big.moves());
        assertEquals(2, big.projectFinishDays());
    }

    @Test
    public void slip_ofACycleMember_movesTheCycle_andStartLinkedWorkOnlyThroughStarts() {
        Fixture f = graph("A=1, B=1, A->B, B->A, C=1, A->C:SS, D=1, B->D");
        SlipImpact impact = f.analysis().slip(f.node("A"), 2);
        assertEquals(List.of("B", "D"), impact.moves().stream().map(IssueMove::key).toList());
        assertEquals(2, impact.moves().get(1).days());
        assertEquals(2, impact.projectFinishDays());
    }

    @Test
    public void slip_rejectsDoneWorkAndNegativeDays() {
        Fixture f = graph("A=0 done, B=1, A->B");
        assertThrows(IllegalArgumentException.class, () -> f.analysis().slip(f.node("A"), 1));
        assertThrows(IllegalArgumentException.class, () -> f.analysis().slip(f.node("B"), -1));
    }

    @Test
    public void withRemaining_equalsAFreshAnalysis_forGrowthAndShrink() {
        Fixture f = graph("A=2, B=3, C=1, D=2, A->B, B->C:SS+1, C->D:FF, D->B");
        for (int days : new int[] {0, 1, 5, 9}) {
            DependencyAnalysis changed = f.analysis().withRemaining(f.node("A"), days);
            Fixture fresh = graph("A=" + days + ", B=3, C=1, D=2, A->B, B->C:SS+1, C->D:FF, D->B");
            for (String key : List.of("A", "B", "C", "D")) {
                int n = f.node(key);
                assertEquals(key + " " + days, fresh.times(key), new Fixture(changed.graph(), changed, f.nodes())
                        .times(key));
                assertEquals(fresh.analysis().isCritical(n), changed.isCritical(n));
            }
            assertEquals(fresh.analysis().summary(), changed.summary());
        }
    }

    @Test
    public void builder_rejectsBadInput_withClearMessages() {
        DependencyGraph.Builder b = DependencyGraph.builder(WorkingCalendar.WEEKDAYS, Graphs.MONDAY);
        int a = b.addIssue(1, "A-1", "A", 1, false, null, null);
        assertEquals("issue A-1 cannot depend on itself", assertThrows(IllegalArgumentException.class,
                () -> b.addDependency(a, a, DependencyKind.FS, 0, null)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.addDependency(a, 7, DependencyKind.FS, 0, null));
        assertThrows(IllegalArgumentException.class, () -> b.addDependency(a, a, null, 0, null));
        int c = b.addIssue(2, "A-2", "A", 1, false, null, null);
        assertThrows(IllegalArgumentException.class, () -> b.addDependency(a, c, DependencyKind.SS, 10_001, null));
        assertThrows(IllegalArgumentException.class, () -> b.addIssue(3, "A-3", "A", -1, false, null, null));
        assertThrows(IllegalArgumentException.class, () -> b.addIssue(3, "A-3", "A", 2, true, null, null));
        assertThrows(IllegalArgumentException.class, () -> b.addIssue(3, " ", "A", 2, false, null, null));
        assertThrows(IllegalArgumentException.class, () -> DependencyGraph.builder(null, Graphs.MONDAY));
    }
}
