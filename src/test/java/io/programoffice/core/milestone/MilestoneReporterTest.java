package io.programoffice.core.milestone;

import io.programoffice.core.forecast.ForecastThreads;
import io.programoffice.core.scheme.WorkingCalendar;
import io.programoffice.core.validation.Problem;
import org.junit.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

public class MilestoneReporterTest {
    /** A Monday. */
    private static final LocalDate TODAY = LocalDate.parse("2027-03-01");
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final WorkingCalendar CAL = WorkingCalendar.WEEKDAYS;

    private final Map<String, MilestoneIssue> program = new LinkedHashMap<>();
    private final List<MilestoneReporter.Dependency> dependencies = new ArrayList<>();
    private int next = 1;

    /** {@code perDay} issues of {@code team} resolved on each of the 60 working days before today. */
    private void history(String team, int perDay) {
        LocalDate day = TODAY.minusDays(1);
        for (int d = 0; d < 60; d++) {
            while (!CAL.isWorkingDay(day)) {
                day = day.minusDays(1);
            }
            for (int i = 0; i < perDay; i++) {
                add(team, true, null, day);
            }
            day = day.minusDays(1);
        }
    }

    /** Resolves {@code a} on alternate working days and {@code b} on the others, before today. */
    private void unevenHistory(String team, int a, int b) {
        LocalDate day = TODAY.minusDays(1);
        for (int d = 0; d < 60; d++) {
            while (!CAL.isWorkingDay(day)) {
                day = day.minusDays(1);
            }
            for (int i = 0; i < (d % 2 == 0 ? a : b); i++) {
                add(team, true, null, day);
            }
            day = day.minusDays(1);
        }
    }

    private MilestoneIssue add(String team, boolean done, Double estimate, LocalDate resolved) {
        MilestoneIssue i = new MilestoneIssue(team + "-" + next++, team, done, estimate, resolved);
        program.put(i.key(), i);
        return i;
    }

    private List<MilestoneIssue> open(String team, int count) {
        List<MilestoneIssue> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(add(team, false, null, null));
        }
        return out;
    }

    private static Milestone milestone(String target) {
        return new Milestone(7, "DEMO", "Beta", "", LocalDate.parse(target), MilestoneScope.fixVersion("1.0"), "alice",
                0, 1);
    }

    private MilestoneReport report(String target, List<MilestoneIssue> scope, int lateUpstream) {
        return MilestoneReporter.report(milestone(target), scope, program, dependencies, lateUpstream, CAL, 60, 2_000,
                CLOCK);
    }

    private static List<String> keys(MilestoneReport r) {
        return r.reasons().stream().map(Problem::key).toList();
    }

    @Test
    public void progress_countsDoneIssues_andUsesEstimatesWhenEveryIssueHasOne() {
        history("WEB", 2);
        List<MilestoneIssue> scope = new ArrayList<>(List.of(add("WEB", true, 2.0, TODAY.minusDays(3)),
                add("WEB", true, 2.0, TODAY.minusDays(3)), add("WEB", false, 4.0, null), add("WEB", false, 2.0, null)));
        MilestoneReport r = report("2027-06-30", scope, 0);
        assertEquals(4, r.issues());
        assertEquals(2, r.done());
        assertEquals(10.0, r.estimateTotal(), 0);
        assertEquals(4.0, r.estimateDone(), 0);
        assertEquals(40.0, r.percentComplete(), 1e-9);
        scope.add(add("WEB", false, null, null)); // one unestimated: by count
        assertEquals(40.0, report("2027-06-30", scope, 0).percentComplete(), 1e-9);
        assertEquals(2 * 100.0 / 5, report("2027-06-30", scope, 0).percentComplete(), 1e-9);
    }

    @Test
    public void steadyPace_wellBeforeTheTarget_isGreen_withTheP85InWords() {
        history("WEB", 2);
        // 10 issues at 2 a day: days 0..4, Friday 5 March
        MilestoneReport r = report("2027-03-31", open("WEB", 10), 0);
        assertEquals(Rag.GREEN, r.rag());
        assertEquals(LocalDate.parse("2027-03-05"), r.forecast().p85());
        assertEquals(List.of("program-office.milestone.reason.p85.before"), keys(r));
        assertEquals(List.of("2027-03-05", "2027-03-31"), r.reasons().get(0).arguments());
        assertEquals(new MilestoneReport.ForecastInputs(List.of("WEB"), MilestoneReporter.Unit.ISSUES, 60, 2_000, 10, 0), r.inputs());
    }

    @Test
    public void countingEstimates_sizesIssuesByTheirEstimate_andUnestimatedOnesByTheTeamsRecentMean() {
        // two issues of 3 points a day: 6 points a day
        LocalDate day = TODAY.minusDays(1);
        for (int d = 0; d < 60; d++) {
            while (!CAL.isWorkingDay(day)) {
                day = day.minusDays(1);
            }
            add("WEB", true, 3.0, day);
            add("WEB", true, 3.0, day);
            day = day.minusDays(1);
        }
        List<MilestoneIssue> scope = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            scope.add(add("WEB", false, 6.0, null));
        }
        scope.add(add("WEB", false, null, null)); // counts as 3, the recent mean
        // 57 points at 6 a day: working days 0..9, Friday 12 March; counting issues, 10 at 2 a day: Friday 5 March
        MilestoneReport estimates = MilestoneReporter.report(milestone("2027-03-31"), scope, program, dependencies, 0,
                CAL, MilestoneReporter.Unit.ESTIMATE, 60, 2_000, CLOCK);
        assertEquals(LocalDate.parse("2027-03-12"), estimates.forecast().p85());
        assertEquals(MilestoneReporter.Unit.ESTIMATE, estimates.inputs().unit());
        assertEquals(LocalDate.parse("2027-03-05"), report("2027-03-31", scope, 0).forecast().p85());
    }

    @Test
    public void scopeGrownSinceTheBaseline_makesAGreenMilestoneAmber_withTheChangeInWords() {
        history("WEB", 2);
        List<MilestoneIssue> scope = open("WEB", 10);
        LocalDate baseline = LocalDate.parse("2027-02-22");
        MilestoneReport grown = MilestoneReporter.report(milestone("2027-03-31"), scope, program, dependencies, 0,
                new ScopeChange(baseline, 8, 3, 1), CAL, MilestoneReporter.Unit.ISSUES, 60, 2_000, CLOCK,
                ForecastThreads.CALLER);
        assertEquals(Rag.AMBER, grown.rag());
        assertEquals(List.of("program-office.milestone.reason.scope.change",
                "program-office.milestone.reason.p85.before"), keys(grown));
        assertEquals(List.of("+25", "2027-02-22", 3, 1), grown.reasons().get(0).arguments());
        MilestoneReport steady = MilestoneReporter.report(milestone("2027-03-31"), scope, program, dependencies, 0,
                new ScopeChange(baseline, 10, 1, 1), CAL, MilestoneReporter.Unit.ISSUES, 60, 2_000, CLOCK,
                ForecastThreads.CALLER);
        assertEquals(Rag.GREEN, steady.rag());
        assertEquals(new ScopeChange(baseline, 10, 1, 1), steady.scopeChange());
    }

    @Test
    public void p50AfterTheTarget_isRed_withTheDaysInWords() {
        history("WEB", 2);
        MilestoneReport r = report("2027-03-03", open("WEB", 10), 0);
        assertEquals(Rag.RED, r.rag());
        assertEquals(List.of("program-office.milestone.reason.p50.after"), keys(r));
        assertEquals(List.of("2027-03-05", 2L), r.reasons().get(0).arguments());
    }

    @Test
    public void targetBetweenP50AndP85_isAmber() {
        unevenHistory("WEB", 0, 4);
        List<MilestoneIssue> scope = open("WEB", 20);
        MilestoneReport probe = report("2027-12-31", scope, 0);
        assertTrue(probe.forecast().p50() + " < " + probe.forecast().p85(),
                probe.forecast().p50().isBefore(probe.forecast().p85()));
        MilestoneReport r = report(probe.forecast().p50().toString(), scope, 0);
        assertEquals(Rag.AMBER, r.rag());
        assertEquals(List.of("program-office.milestone.reason.p85.after"), keys(r));
        assertTrue(r.forecast().probabilityOnTime() >= 0.5 && r.forecast().probabilityOnTime() < 0.85);
    }

    @Test
    public void lateUpstreamDependencies_makeAGreenMilestoneAmber_andComeFirst() {
        history("WEB", 2);
        MilestoneReport r = report("2027-03-31", open("WEB", 10), 3);
        assertEquals(Rag.AMBER, r.rag());
        assertEquals(List.of("program-office.milestone.reason.late.upstream",
                "program-office.milestone.reason.p85.before"), keys(r));
        assertEquals(List.of(3), r.reasons().get(0).arguments());
    }

    @Test
    public void aSlowUpstreamOutsideTheScope_delaysTheForecast_andAHiddenOneIsLeftOut() {
        history("WEB", 2);
        history("API", 1);
        List<MilestoneIssue> scope = open("WEB", 10);
        List<MilestoneIssue> api = open("API", 15); // not in scope: 15 working days at 1 a day
        for (int i = 1; i < api.size(); i++) {
            dependencies.add(new MilestoneReporter.Dependency(api.get(i - 1).key(), api.get(i).key()));
        }
        dependencies.add(new MilestoneReporter.Dependency(api.get(14).key(), scope.get(9).key()));
        dependencies.add(new MilestoneReporter.Dependency("HR-1", scope.get(0).key())); // not browsable
        MilestoneReport r = report("2027-03-31", scope, 0);
        // API's chain ends on working day 14 (Fri 19 Mar); the waiting WEB issue starts the next working day
        assertEquals(LocalDate.parse("2027-03-22"), r.forecast().p85());
        assertEquals(new MilestoneReport.ForecastInputs(List.of("API", "WEB"), MilestoneReporter.Unit.ISSUES, 60, 2_000, 25,
                15), r.inputs());
    }

    @Test
    public void targetPassed_isRed_emptyScope_isAmber_andAllDone_isGreenWithoutAForecast() {
        history("WEB", 2);
        MilestoneReport passed = report("2027-02-26", open("WEB", 4), 0);
        assertEquals(Rag.RED, passed.rag());
        assertEquals(List.of("program-office.milestone.reason.target.passed"), keys(passed));
        MilestoneReport empty = report("2027-03-31", List.of(), 2);
        assertEquals(Rag.AMBER, empty.rag());
        assertEquals(List.of("program-office.milestone.reason.empty.version"), keys(empty));
        assertEquals(List.of("1.0"), empty.reasons().get(0).arguments());
        MilestoneReport done = report("2027-03-31", List.of(add("WEB", true, null, TODAY.minusDays(2))), 1);
        assertEquals(Rag.GREEN, done.rag());
        assertNull(done.forecast());
        assertEquals(List.of("program-office.milestone.reason.all.done"), keys(done));
    }

    @Test
    public void aTeamThatResolvedNothing_cannotBeForecast_andTheReasonSaysWhich() {
        history("WEB", 2);
        List<MilestoneIssue> scope = new ArrayList<>(open("WEB", 3));
        scope.addAll(open("OPS", 2));
        MilestoneReport r = report("2027-03-31", scope, 0);
        assertEquals(Rag.AMBER, r.rag());
        assertFalse(r.forecast().forecasted());
        assertEquals(List.of("program-office.forecast.no-throughput"), keys(r));
        assertEquals(List.of("OPS", 60), r.reasons().get(0).arguments());
    }
}
