package io.programoffice.core.milestone;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import io.programoffice.core.dependency.DependencyRecord;
import io.programoffice.core.dependency.DependencyState;
import io.programoffice.core.index.IssueRecord;
import io.programoffice.core.index.ProgramIndex;
import io.programoffice.core.index.ProgramMembership;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramScope;
import io.programoffice.core.program.StatusCategory;
import io.programoffice.core.scheme.ProgramScheme;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/**
 * The milestone report cache reuses a result only while every input is unchanged, per viewer visibility. The
 * computation here lists the keys the viewer sees, so a wrongly shared result would show.
 */
public class MilestoneReportCacheTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final ProgramScheme SCHEME = ProgramScheme.defaultScheme("Default");
    private static final Program PROGRAM = new Program("PLAT", "Platform", "", List.of("alice"), List.of(), 1,
            new ProgramScope(List.of("APP", "WEB", "SEC"), null), false, 1);
    private static final Milestone BETA = new Milestone(7, "PLAT", "Beta", "", LocalDate.of(2027, 4, 1),
            MilestoneScope.fixVersion("1.0"), "alice", 1, 1);
    private static final VisibilityFilter ALL = VisibilityFilter.of(Set.of("APP", "WEB", "SEC"), Set.of(9L));
    private static final Object ANALYSIS = new Object();

    private final MilestoneReportCache<List<String>> cache = new MilestoneReportCache<>();
    private final ProgramIndex index = ProgramIndex.build(List.of(issue(1, "APP-1", null), issue(2, "WEB-1", null),
            issue(3, "SEC-1", 9L)));
    private final ProgramMembership membership = ProgramMembership.ofProjects(Set.of("APP", "WEB", "SEC"));
    private int computations;

    private static IssueRecord issue(long id, String key, Long level) {
        return new IssueRecord(id, key, key.substring(0, key.indexOf('-')), "Story", "To Do", StatusCategory.NEW, null,
                1L, 2L, List.of("1.0"), List.of(), null, null, null, null, level, List.of());
    }

    private MilestoneReportCache.Inputs inputs() {
        return with(PROGRAM, List.of(BETA), List.of(), ANALYSIS, membership, Map.of(), TODAY, 60, 10_000);
    }

    private MilestoneReportCache.Inputs with(Program program, List<Milestone> milestones, List<DependencyRecord> open,
                                             Object analysis, ProgramMembership members,
                                             Map<Long, List<Long>> jql, LocalDate today, int window, int trials) {
        return with(program, milestones, open, analysis, members, jql, today, MilestoneReporter.Unit.ISSUES, 0,
                window, trials);
    }

    private MilestoneReportCache.Inputs with(Program program, List<Milestone> milestones, List<DependencyRecord> open,
                                             Object analysis, ProgramMembership members,
                                             Map<Long, List<Long>> jql, LocalDate today, MilestoneReporter.Unit unit,
                                             long baselineId, int window, int trials) {
        return new MilestoneReportCache.Inputs(program, SCHEME, milestones, open, analysis, index,
                index.modifications(), members, jql, today, unit, baselineId, window, trials);
    }

    private List<String> get(MilestoneReportCache.Inputs inputs, VisibilityFilter viewer) {
        return cache.get(inputs, viewer, recorded -> {
            computations++;
            List<String> keys = new ArrayList<>();
            inputs.index().forEach(recorded, c -> {
                if (inputs.membership().contains(c)) {
                    keys.add(c.key());
                }
            });
            keys.sort(null);
            return List.copyOf(keys);
        });
    }

    @Test
    public void get_computesOnce_whileNothingChanges() {
        List<String> first = get(inputs(), ALL);
        assertSame(first, get(inputs(), ALL));
        assertSame(first, get(inputs(), VisibilityFilter.of(Set.of("APP", "WEB", "SEC", "OPS"), Set.of(9L, 4L))));
        assertEquals(List.of("APP-1", "SEC-1", "WEB-1"), first);
        assertEquals(1, computations);
    }

    @Test
    public void viewersWithTheirOwnAnalysis_eachKeepTheirResult_whileTheyTakeTurns() {
        VisibilityFilter appOnly = VisibilityFilter.of(Set.of("APP"), Set.of(9L));
        MilestoneReportCache.Inputs forAll = inputs();
        MilestoneReportCache.Inputs forApp = with(PROGRAM, List.of(BETA), List.of(), new Object(), membership,
                Map.of(), TODAY, 60, 10_000);
        for (int turn = 0; turn < 3; turn++) {
            assertEquals(List.of("APP-1", "SEC-1", "WEB-1"), get(forAll, ALL));
            assertEquals(List.of("APP-1"), get(forApp, appOnly));
        }
        assertEquals(2, computations);
    }

    @Test
    public void get_neverSharesAResult_withAViewerWhoSeesLess() {
        get(inputs(), ALL);
        assertEquals(List.of("APP-1", "WEB-1"), get(inputs(), VisibilityFilter.of(Set.of("APP", "WEB", "SEC"),
                Set.of())));
        assertEquals(List.of("APP-1"), get(inputs(), VisibilityFilter.of(Set.of("APP"), Set.of(9L))));
        assertEquals(List.of(), get(inputs(), VisibilityFilter.of(Set.of(), Set.of())));
        assertEquals(4, computations);
        assertEquals(List.of("APP-1", "SEC-1", "WEB-1"), get(inputs(), ALL));
        assertEquals(4, computations);
        assertEquals(MilestoneReportCache.VIEWS_PER_PROGRAM, cache.size("PLAT"));
    }

    @Test
    public void get_computesAgain_whenAnyInputChanges() {
        get(inputs(), ALL);
        Program edited = new Program("PLAT", "Platform", "", List.of("alice"), List.of(), 1,
                new ProgramScope(List.of("APP", "WEB", "SEC"), null), false, 2);
        Milestone moved = new Milestone(7, "PLAT", "Beta", "", LocalDate.of(2027, 4, 8),
                MilestoneScope.fixVersion("1.0"), "alice", 1, 2);
        DependencyRecord proposed = new DependencyRecord(10, DependencyState.PROPOSED, TODAY.plusDays(3), null,
                null, null, null, Instant.parse("2027-02-26T10:00:00Z"), 1);
        List<MilestoneReportCache.Inputs> changes = List.of(
                with(edited, List.of(BETA), List.of(), ANALYSIS, membership, Map.of(), TODAY, 60, 10_000),
                with(PROGRAM, List.of(moved), List.of(), ANALYSIS, membership, Map.of(), TODAY, 60, 10_000),
                with(PROGRAM, List.of(), List.of(), ANALYSIS, membership, Map.of(), TODAY, 60, 10_000),
                with(PROGRAM, List.of(BETA), List.of(proposed), ANALYSIS, membership, Map.of(), TODAY, 60, 10_000),
                with(PROGRAM, List.of(BETA), List.of(), new Object(), membership, Map.of(), TODAY, 60, 10_000),
                with(PROGRAM, List.of(BETA), List.of(), ANALYSIS, ProgramMembership.ofProjects(
                        Set.of("APP", "WEB", "SEC")), Map.of(), TODAY, 60, 10_000),
                with(PROGRAM, List.of(BETA), List.of(), ANALYSIS, membership, Map.of(7L, List.of(1L)), TODAY, 60,
                        10_000),
                with(PROGRAM, List.of(BETA), List.of(), ANALYSIS, membership, Map.of(7L, List.of(1L, 2L)), TODAY, 60,
                        10_000),
                with(PROGRAM, List.of(BETA), List.of(), ANALYSIS, membership, Map.of(), TODAY.plusDays(1), 60, 10_000),
                with(PROGRAM, List.of(BETA), List.of(), ANALYSIS, membership, Map.of(), TODAY, 30, 10_000),
                with(PROGRAM, List.of(BETA), List.of(), ANALYSIS, membership, Map.of(), TODAY, 60, 1_000),
                with(PROGRAM, List.of(BETA), List.of(), ANALYSIS, membership, Map.of(), TODAY,
                        MilestoneReporter.Unit.ESTIMATE, 0, 60, 10_000),
                with(PROGRAM, List.of(BETA), List.of(), ANALYSIS, membership, Map.of(), TODAY,
                        MilestoneReporter.Unit.ISSUES, 5, 60, 10_000));
        for (MilestoneReportCache.Inputs changed : changes) {
            int before = computations;
            get(changed, ALL); // never the result of other inputs
            assertEquals(changed.toString(), before + 1, computations);
        }
        assertEquals(1 + changes.size(), computations);
        // equal values read again (another read of the stores) are the same inputs
        cache.clear();
        get(inputs(), ALL);
        get(with(PROGRAM, List.of(new Milestone(7, "PLAT", "Beta", "", LocalDate.of(2027, 4, 1),
                MilestoneScope.fixVersion("1.0"), "alice", 1, 1)), List.of(), ANALYSIS, membership, Map.of(), TODAY,
                60, 10_000), ALL);
        assertEquals(2 + changes.size(), computations);
    }

    @Test
    public void get_computesAgain_whenTheIndexChanges_andForgetsEverythingOnARebuild() {
        get(inputs(), ALL);
        index.upsert(issue(4, "WEB-2", null));
        assertEquals(List.of("APP-1", "SEC-1", "WEB-1", "WEB-2"), get(inputs(), ALL));
        assertEquals(2, computations);
        ProgramIndex rebuilt = ProgramIndex.build(List.of(issue(1, "APP-1", null)));
        assertEquals(List.of("APP-1"), cache.get(new MilestoneReportCache.Inputs(PROGRAM, SCHEME, List.of(BETA),
                List.of(), ANALYSIS, rebuilt, rebuilt.modifications(), membership, Map.of(), TODAY,
                MilestoneReporter.Unit.ISSUES, 0, 60, 10_000), ALL,
                recorded -> List.of("APP-1")));
        assertEquals(1, cache.size("PLAT"));
    }
}
