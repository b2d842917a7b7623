package io.programoffice.core.scheme;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.programoffice.core.program.StatusCategory;
import io.programoffice.core.validation.ValidationException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

public class SchemeInputTest {
    private static SchemeInput.LinkTypeInput link(String type, String kind, String end, String lag) {
        return new SchemeInput.LinkTypeInput(type, kind, end, lag == null ? null : new BigDecimal(lag));
    }

    private static SchemeInput scheme(String name, List<SchemeInput.LinkTypeInput> links) {
        return new SchemeInput(name, null, links, List.of("done"), null, null, null, null, null);
    }

    @Test
    public void validate_buildsTheIssueExampleScheme_withDefaults() {
        ProgramScheme s = scheme("Default", List.of(link("Blocks", "FS", "destination", "0"),
                link("Depends", "fs", "SOURCE", null))).validate(0, 0);
        assertEquals(List.of(new DependencyLinkType("Blocks", DependencyKind.FS, LinkEnd.DESTINATION, 0),
                new DependencyLinkType("Depends", DependencyKind.FS, LinkEnd.SOURCE, 0)), s.dependencyLinkTypes());
        assertEquals(Set.of(StatusCategory.DONE), s.doneStatusCategories());
        assertEquals(EstimateSource.ISSUE_COUNT, s.estimate());
        assertEquals(TeamSource.PROJECT, s.team());
        assertEquals(MilestoneSource.FIX_VERSION, s.milestoneSource());
        assertEquals(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY), s.calendar().workingDays());
    }

    @Test
    public void durations_takeTheEstimateKindsDefaults_andPartsGiven() {
        assertEquals(new DurationRule(3, 3), scheme("S", List.of()).validate(0, 0).durations());
        SchemeInput.SourceInput points = new SchemeInput.SourceInput("STORY_POINTS", "customfield_10002");
        SchemeInput.SourceInput hours = new SchemeInput.SourceInput("ORIGINAL_ESTIMATE", null);
        assertEquals(new DurationRule(1, 3), withDurations(points, null).validate(0, 0).durations());
        assertEquals(new DurationRule(0.125, 3), withDurations(hours, null).validate(0, 0).durations());
        assertEquals(new DurationRule(0.5, 3), withDurations(points,
                new SchemeInput.DurationInput(new BigDecimal("0.5"), null)).validate(0, 0).durations());
        assertEquals(new DurationRule(1, 0), withDurations(points,
                new SchemeInput.DurationInput(null, BigDecimal.ZERO)).validate(0, 0).durations());
        ProgramScheme custom = withDurations(hours, new SchemeInput.DurationInput(new BigDecimal("0.25"),
                new BigDecimal("10"))).validate(0, 0);
        assertEquals(custom, SchemeInput.of(custom).validate(0, 0));
    }

    @Test
    public void durations_outOfRange_areFieldErrors() {
        SchemeInput.SourceInput points = new SchemeInput.SourceInput("STORY_POINTS", "customfield_10002");
        for (String[] bad : new String[][] {{"0", "1"}, {"-1", "1"}, {"100.5", "1"}, {"1E-400", "1"}}) {
            Map<String, ?> problems = assertThrows(ValidationException.class, () -> withDurations(points,
                    new SchemeInput.DurationInput(new BigDecimal(bad[0]), new BigDecimal(bad[1]))).validate(0, 0))
                    .fieldProblems();
            assertEquals(bad[0], Set.of("durations.workingDaysPerUnit"), problems.keySet());
        }
        for (String bad : new String[] {"-0.5", "366"}) {
            Map<String, ?> problems = assertThrows(ValidationException.class, () -> withDurations(points,
                    new SchemeInput.DurationInput(null, new BigDecimal(bad))).validate(0, 0)).fieldProblems();
            assertEquals(bad, Set.of("durations.defaultWorkingDays"), problems.keySet());
        }
    }

    @Test
    public void durationRule_givesRemainingWorkingDays() {
        DurationRule rule = new DurationRule(0.5, 4);
        assertEquals(2.5, rule.remainingWorkingDays(5.0, false), 0);
        assertEquals(4, rule.remainingWorkingDays(null, false), 0);
        assertEquals(4, rule.remainingWorkingDays(Double.NaN, false), 0);
        assertEquals(0, rule.remainingWorkingDays(5.0, true), 0);
        assertEquals(0, rule.remainingWorkingDays(-3.0, false), 0);
    }

    private static SchemeInput withDurations(SchemeInput.SourceInput estimate, SchemeInput.DurationInput durations) {
        return new SchemeInput("S", null, List.of(), List.of("done"), null, estimate, null, null, null, durations);
    }

    @Test
    public void validate_reportsEveryProblemPerField_atOnce() {
        SchemeInput bad = new SchemeInput(" ", null, List.of(link("Blocks", "XX", "middle", "1.5"),
                link("blocks", "FS", "source", "400")), List.of("finished"), null,
                new SchemeInput.SourceInput("STORY_POINTS", null), new SchemeInput.SourceInput("GUESS", null), "MOON",
                new SchemeInput.CalendarInput(List.of("FUNDAY"), List.of("2027-02-30")));
        ValidationException e = assertThrows(ValidationException.class, () -> bad.validate(0, 0));
        assertEquals(Set.of("name", "dependencyLinkTypes[0].kind", "dependencyLinkTypes[0].dependentEnd",
                "dependencyLinkTypes[0].lagDays", "dependencyLinkTypes[1].linkType", "dependencyLinkTypes[1].lagDays",
                "doneStatusCategories", "estimate.fieldId", "team.source", "milestoneSource", "calendar.workingDays",
                "calendar.holidays"), e.fieldProblems().keySet());
        assertEquals("program-office.error.scheme.linktype.lag", e.fieldProblems().get("dependencyLinkTypes[0].lagDays").key());
        assertEquals(List.of("blocks"), e.fieldProblems().get("dependencyLinkTypes[1].linkType").arguments());
    }

    @Test
    public void validate_acceptsTheLagLimits_andRefusesBeyondThem() {
        assertEquals(-365, scheme("S", List.of(link("Blocks", "SS", "source", "-365"))).validate(0, 0)
                .dependencyLinkTypes().get(0).lagDays());
        assertEquals(365, scheme("S", List.of(link("Blocks", "FF", "source", "365.0"))).validate(0, 0)
                .dependencyLinkTypes().get(0).lagDays());
        assertThrows(ValidationException.class, () -> scheme("S", List.of(link("Blocks", "SF", "source", "366")))
                .validate(0, 0));
        assertThrows(ValidationException.class, () -> scheme("S", List.of(link("Blocks", "SF", "source", "2.5")))
                .validate(0, 0));
    }

    @Test
    public void validate_refusesAHugeName() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> scheme("x".repeat(100_000), List.of()).validate(0, 0));
        assertTrue(e.fieldProblems().containsKey("name"));
    }

    @Test
    public void validate_needsSomethingDone_whenTheCallerClearedBoth() {
        SchemeInput none = new SchemeInput("S", null, null, List.of(), List.of(), null, null, null, null);
        assertTrue(assertThrows(ValidationException.class, () -> none.validate(0, 0)).fieldProblems()
                .containsKey("doneStatusCategories"));
    }

    @Test
    public void of_roundTripsThroughValidate() {
        ProgramScheme original = new SchemeInput("Platform", "For platform work", List.of(link("Blocks", "SS",
                "destination", "3")), List.of("done", "indeterminate"), List.of("Released"),
                new SchemeInput.SourceInput("STORY_POINTS", "customfield_10002"),
                new SchemeInput.SourceInput("FIELD", "customfield_10100"), "JQL",
                new SchemeInput.CalendarInput(List.of("MONDAY", "TUESDAY"), List.of("2026-12-25")))
                .validate(7, 3);
        assertEquals(original, SchemeInput.of(original).validate(7, 3));
    }

    private static SchemeInput withRisks(SchemeInput.RiskInput risks) {
        return new SchemeInput("With risks", null, List.of(), List.of("done"), null, null, null, null, null, null,
                risks);
    }

    @Test
    public void risks_areOffByDefault_andTakeTheAssigneeAndDueDateUnlessToldOtherwise() {
        assertEquals(RiskSource.NONE, withRisks(null).validate(0, 0).risks());
        assertEquals(RiskSource.NONE, withRisks(new SchemeInput.RiskInput(" ", null, null, null, null, null, null,
                null, null)).validate(0, 0).risks());
        RiskSource r = withRisks(new SchemeInput.RiskInput(" Risk ", "customfield_10101", "customfield_10102", null,
                null, "customfield_10105", null, null, "")).validate(0, 0).risks();
        assertEquals(new RiskSource("Risk", "customfield_10101", "customfield_10102", null, null,
                "customfield_10105", null, RiskSource.ASSIGNEE, RiskSource.DUE_DATE), r);
        assertEquals(List.of("customfield_10101", "customfield_10102", "customfield_10105"), r.customFields());
        // the export format gives the same scheme back
        ProgramScheme full = withRisks(new SchemeInput.RiskInput("Risk", "customfield_1", "customfield_2",
                "customfield_3", "customfield_4", "customfield_5", "customfield_6", "customfield_7",
                "customfield_8")).validate(0, 0);
        assertEquals(full, SchemeInput.of(full).validate(0, 0));
        assertEquals(8, full.risks().customFields().size());
    }

    @Test
    public void risks_badFields_areEachNamed_andNothingIsBuilt() {
        ValidationException e = assertThrows(ValidationException.class, () -> withRisks(new SchemeInput.RiskInput(
                "Risk", null, "impact", "customfield_3", null, "customfield_3", null, "bob", null)).validate(0, 0));
        assertEquals(Map.of(
                "risks.probabilityField", "program-office.error.scheme.field.required",
                "risks.impactField", "program-office.error.scheme.risks.field.format",
                "risks.residualImpactField", "program-office.error.scheme.risks.residual.pair",
                "risks.roamField", "program-office.error.scheme.risks.field.twice",
                "risks.ownerField", "program-office.error.scheme.risks.field.format"),
                e.fieldProblems().entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        x -> x.getValue().key())));
        assertThrows(IllegalArgumentException.class, () -> new RiskSource("Risk", "customfield_1", "customfield_1",
                null, null, "customfield_2", null, RiskSource.ASSIGNEE, RiskSource.DUE_DATE));
    }
}
