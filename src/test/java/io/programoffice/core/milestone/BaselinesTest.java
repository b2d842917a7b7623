package io.programoffice.core.milestone;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.programoffice.core.admin.Actor;
import io.programoffice.core.admin.ForbiddenException;
import io.programoffice.core.admin.NotFoundException;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramScope;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongPredicate;
import org.junit.Test;

/** Taking, listing and comparing baselines; counts never include issues the viewer cannot browse. */
public class BaselinesTest {
    private static final Program DEMO = new Program("DEMO", "Demo", "", List.of("alice"), List.of(), 0,
            ProgramScope.projects(List.of("APP")), false, 0);
    private static final LocalDate MAR = LocalDate.of(2027, 3, 31);

    private final InMemoryBaselineStore store = new InMemoryBaselineStore();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2027-01-04T09:00:00Z"));
    private final AtomicReference<List<MilestoneSnapshot>> current = new AtomicReference<>(List.of());
    private final Baselines baselines = new Baselines(store, p -> current.get(),
            new Clock() {
                @Override
                public java.time.ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now.get();
                }
            });

    /** A snapshot whose scope is drawn as "1 2 3" (ids; the key is APP-id). */
    private static MilestoneSnapshot snap(long id, String name, LocalDate target, String ids, LocalDate p85) {
        List<MilestoneSnapshot.ScopeIssue> scope = new ArrayList<>();
        Arrays.stream(ids.split(" ")).filter(s -> !s.isBlank()).mapToLong(Long::parseLong)
                .forEach(i -> scope.add(new MilestoneSnapshot.ScopeIssue(i, "APP-" + i)));
        return new MilestoneSnapshot(id, name, target, scope, null, p85, null);
    }

    private static LongPredicate only(Long... ids) {
        Set<Long> set = Set.of(ids);
        return set::contains;
    }

    @Test
    public void take_byAnOwner_storesAManualBaselineOfTheSnapshotsNow() {
        current.set(List.of(snap(1, "Beta", MAR, "1 2", MAR.minusDays(3))));
        MilestoneBaseline taken = baselines.take(new Actor("alice", false), DEMO);
        assertEquals(MilestoneBaseline.Kind.MANUAL, taken.kind());
        assertEquals("alice", taken.takenBy());
        assertEquals(now.get(), taken.takenAt());
        assertEquals(taken, baselines.get(DEMO, taken.id()));
        assertEquals(2, taken.milestones().get(0).scope().size());
    }

    @Test
    public void take_byAnAdminWhoIsNoOwner_isAllowed_byAnyoneElse_isForbidden() {
        assertEquals("admin", baselines.take(new Actor("admin", true), DEMO).takenBy());
        ForbiddenException e = assertThrows(ForbiddenException.class, () -> baselines.take(new Actor("bob", false), DEMO));
        assertEquals("program-office.error.baseline.not.owner", e.problem().key());
        assertEquals(1, store.size());
    }

    @Test
    public void get_ofAnotherProgramsBaseline_isNotFound() {
        MilestoneBaseline other = store.create(new MilestoneBaseline(0, "OTHER", now.get(), "x",
                MilestoneBaseline.Kind.MANUAL, List.of()));
        assertThrows(NotFoundException.class, () -> baselines.get(DEMO, other.id()));
        assertThrows(NotFoundException.class, () -> baselines.get(DEMO, 99));
    }

    @Test
    public void list_isNewestFirst_andPaged() {
        for (int i = 0; i < 3; i++) {
            baselines.take(new Actor("alice", false), DEMO);
            now.set(now.get().plusSeconds(60));
        }
        var page = baselines.list(DEMO, new PageRequest(0, 2));
        assertEquals(3, page.total());
        assertEquals(List.of(3L, 2L), page.values().stream().map(BaselineSummary::id).toList());
        assertEquals(List.of(1L), baselines.list(DEMO, new PageRequest(2, 2)).values().stream()
                .map(BaselineSummary::id).toList());
    }

    @Test
    public void compare_countsScopeAddedAndRemoved_andShiftsOfTargetAndP85() {
        List<MilestoneSnapshot> before = List.of(snap(1, "Beta", MAR, "1 2 3 4 5", MAR.minusDays(5)));
        List<MilestoneSnapshot> after = List.of(snap(1, "Beta GA", MAR.plusDays(14), "2 3 4 5 6 7 8",
                MAR.plusDays(9)));
        BaselineComparison c = Baselines.compare(id -> true, before, after).get(0);
        assertEquals(BaselineComparison.Status.BOTH, c.status());
        assertEquals("Beta GA", c.name());
        assertEquals(Integer.valueOf(5), c.scopeBefore());
        assertEquals(Integer.valueOf(7), c.scopeAfter());
        assertEquals(3, c.added());
        assertEquals(1, c.removed());
        assertEquals(40.0, c.scopeChangePercent(), 0.0);
        assertEquals(Long.valueOf(14), c.targetShiftDays());
        assertEquals(Long.valueOf(14), c.p85ShiftDays());
    }

    @Test
    public void compare_neverCountsAnIssueTheViewerCannotBrowse() {
        List<MilestoneSnapshot> before = List.of(snap(1, "Beta", MAR, "1 2 3", null));
        List<MilestoneSnapshot> after = List.of(snap(1, "Beta", MAR, "1 2 4 5", null));
        BaselineComparison c = Baselines.compare(only(1L, 4L), before, after).get(0);
        assertEquals(Integer.valueOf(1), c.scopeBefore());
        assertEquals(Integer.valueOf(2), c.scopeAfter());
        assertEquals(1, c.added());
        assertEquals(0, c.removed());
        assertEquals(100.0, c.scopeChangePercent(), 0.0);
        assertNull(c.p85ShiftDays());
    }

    @Test
    public void compare_reportsMilestonesOnOneSideOnly_asAddedOrRemoved_afterThoseOnBoth() {
        List<MilestoneSnapshot> before = List.of(snap(1, "Alpha", MAR, "1 2", null), snap(2, "Beta", MAR, "3", null));
        List<MilestoneSnapshot> after = List.of(snap(3, "Gamma", MAR, "4 5", null), snap(2, "Beta", MAR, "3", null));
        List<BaselineComparison> out = Baselines.compare(id -> true, before, after);
        assertEquals(List.of(3L, 2L, 1L), out.stream().map(BaselineComparison::milestoneId).toList());
        BaselineComparison added = out.get(0);
        assertEquals(BaselineComparison.Status.ADDED, added.status());
        assertNull(added.scopeBefore());
        assertEquals(2, added.added());
        assertNull(added.scopeChangePercent());
        assertNull(added.targetShiftDays());
        BaselineComparison removed = out.get(2);
        assertEquals(BaselineComparison.Status.REMOVED, removed.status());
        assertNull(removed.scopeAfter());
        assertEquals(2, removed.removed());
        assertEquals(MAR, removed.targetBefore());
        assertNull(removed.targetAfter());
        assertEquals(BaselineComparison.Status.BOTH, out.get(1).status());
        assertEquals(0.0, out.get(1).scopeChangePercent(), 0.0);
    }

    @Test
    public void compare_ofAnEmptyScopeBefore_hasNoPercent() {
        BaselineComparison c = Baselines.compare(id -> true, List.of(snap(1, "A", MAR, "", null)),
                List.of(snap(1, "A", MAR, "1", null))).get(0);
        assertNull(c.scopeChangePercent());
        assertEquals(1, c.added());
    }

    @Test
    public void baselineScope_isTheNewestBaselinesVisibleScope_perMilestone() {
        assertTrue(baselines.baselineScope(DEMO, id -> true).isEmpty());
        current.set(List.of(snap(1, "A", MAR, "1 2 3", null), snap(2, "B", MAR, "4", null)));
        baselines.take(new Actor("alice", false), DEMO);
        now.set(now.get().plusSeconds(1));
        current.set(List.of(snap(1, "A", MAR, "1 2 3 9", null), snap(2, "B", MAR, "4 5", null)));
        baselines.takeWeekly(DEMO);
        assertEquals(Map.of(1L, 3, 2L, 1), baselines.baselineScope(DEMO, only(1L, 2L, 3L, 4L)));
    }

    @Test
    public void hasWeekly_looksAtTheIsoWeekInUtc_andOnlyAtWeeklyBaselines() {
        Instant monday = Instant.parse("2027-01-04T00:00:00Z");
        baselines.take(new Actor("alice", false), DEMO);
        assertFalse(baselines.hasWeekly(DEMO, now.get()));
        now.set(Instant.parse("2027-01-10T23:59:59Z")); // Sunday of the same ISO week
        baselines.takeWeekly(DEMO);
        assertTrue(baselines.hasWeekly(DEMO, monday));
        assertFalse(baselines.hasWeekly(DEMO, Instant.parse("2027-01-11T00:00:00Z")));
        assertFalse(baselines.hasWeekly(DEMO, monday.minusSeconds(1)));
    }

    @Test
    public void aBaseline_needsATakerUnlessWeekly() {
        assertThrows(IllegalArgumentException.class, () -> new MilestoneBaseline(0, "DEMO", Instant.EPOCH, null,
                MilestoneBaseline.Kind.MANUAL, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new MilestoneBaseline(0, "DEMO", Instant.EPOCH, "alice",
                MilestoneBaseline.Kind.WEEKLY, List.of()));
    }
}
