package io.programoffice.core.index;

import static io.programoffice.core.index.IndexFakes.program;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramScope;
import io.programoffice.core.scheme.EstimateSource;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.scheme.RiskSource;
import io.programoffice.core.scheme.TeamSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

public class IndexScopeTest {
    private static ProgramScheme scheme(long id, EstimateSource estimate, TeamSource team) {
        ProgramScheme d = ProgramScheme.defaultScheme("Scheme " + id);
        return new ProgramScheme(id, 1, d.name(), d.description(), d.dependencyLinkTypes(),
                d.doneStatusCategories(), d.doneStatuses(), estimate, team, d.milestoneSource(), d.calendar(),
                io.programoffice.core.scheme.DurationRule.defaultFor(estimate.kind()), RiskSource.NONE);
    }

    private static Program withScheme(String key, long schemeId, String... projects) {
        Program p = program(key, List.of(projects), null);
        return new Program(p.key(), p.name(), "", List.of(), List.of(), schemeId, p.scope(), false, 1);
    }

    private static final EstimateSource POINTS = new EstimateSource(EstimateSource.Kind.STORY_POINTS, "customfield_1");
    private static final TeamSource COMPONENT = new TeamSource(TeamSource.Kind.COMPONENT, null);

    @Test
    public void of_unitesProjectsAndDistinctJql_ofAllPrograms() {
        IndexScope scope = IndexScope.of(List.of(program("PB", List.of("WEB", "APP"), "labels = x"),
                program("PA", List.of("APP"), " labels = x "), program("PC", List.of(), "type = Bug")), id -> null);

        assertEquals(Set.of("APP", "WEB"), scope.projectKeys());
        assertEquals(List.of("labels = x", "type = Bug"), scope.jqls());
        assertEquals(EstimateSource.ISSUE_COUNT, scope.estimate());
        assertEquals(TeamSource.PROJECT, scope.team());
    }

    @Test
    public void of_takesTheSourcesMostProgramsUse_andNamesTheOthers() {
        Map<Long, ProgramScheme> schemes = Map.of(1L, scheme(1, POINTS, TeamSource.PROJECT),
                2L, scheme(2, EstimateSource.ISSUE_COUNT, COMPONENT));
        IndexScope scope = IndexScope.of(List.of(withScheme("PA", 2, "APP"), withScheme("PB", 1, "WEB"),
                withScheme("PC", 1, "API")), schemes::get);

        assertEquals(POINTS, scope.estimate());
        assertEquals(TeamSource.PROJECT, scope.team());
        assertEquals(List.of("PA"), scope.otherSourcePrograms());
    }

    @Test
    public void of_breaksATie_byTheLowestSchemeId() {
        Map<Long, ProgramScheme> schemes = Map.of(7L, scheme(7, POINTS, TeamSource.PROJECT),
                3L, scheme(3, EstimateSource.ISSUE_COUNT, COMPONENT));
        IndexScope scope = IndexScope.of(List.of(withScheme("PA", 7, "APP"), withScheme("PB", 3, "WEB")),
                schemes::get);

        assertEquals(COMPONENT, scope.team());
        assertEquals(List.of("PA"), scope.otherSourcePrograms());
    }

    private static ProgramScheme withRisks(long id, RiskSource risks) {
        ProgramScheme d = scheme(id, EstimateSource.ISSUE_COUNT, TeamSource.PROJECT);
        return new ProgramScheme(id, 1, d.name(), d.description(), d.dependencyLinkTypes(), d.doneStatusCategories(),
                d.doneStatuses(), d.estimate(), d.team(), d.milestoneSource(), d.calendar(), d.durations(), risks);
    }

    private static RiskSource risks(String type, String probability) {
        return new RiskSource(type, probability, "customfield_2", null, null, "customfield_3", null,
                RiskSource.ASSIGNEE, RiskSource.DUE_DATE);
    }

    @Test
    public void of_readsEachRiskTypeWithTheLowestSchemesSource_andNamesProgramsThatWantedOtherFields() {
        Map<Long, ProgramScheme> schemes = Map.of(4L, withRisks(4, risks("Risk", "customfield_9")),
                2L, withRisks(2, risks("Risk", "customfield_1")), 3L, withRisks(3, risks("Hazard", "customfield_1")),
                5L, withRisks(5, RiskSource.NONE));
        IndexScope scope = IndexScope.of(List.of(withScheme("PA", 4, "APP"), withScheme("PB", 2, "WEB"),
                withScheme("PC", 3, "API"), withScheme("PD", 5, "OPS")), schemes::get);

        assertEquals(Map.of("Risk", risks("Risk", "customfield_1"), "Hazard", risks("Hazard", "customfield_1")),
                scope.risks());
        assertEquals(List.of("PA"), scope.otherSourcePrograms());
        assertEquals(null, scope.riskSource("Story"));
        IndexScope noRisks = IndexScope.of(List.of(withScheme("PD", 5, "OPS")), schemes::get);
        assertTrue(noRisks.risks().isEmpty());
        assertTrue(!scope.sameFields(noRisks) && scope.sameFields(scope.onlyProjects(Set.of("APP"))));
    }

    @Test
    public void of_noPrograms_isEmpty() {
        assertTrue(IndexScope.of(List.of(), id -> null).isEmpty());
        assertTrue(IndexScope.EMPTY.isEmpty());
    }

    @Test
    public void constructor_refusesABlankJql() {
        assertThrows(IllegalArgumentException.class, () -> new IndexScope(Set.of(), List.of(" "),
                EstimateSource.ISSUE_COUNT, TeamSource.PROJECT, List.of()));
        assertEquals("labels = x", new ProgramScope(List.of(), " labels = x ").jql());
    }
}
