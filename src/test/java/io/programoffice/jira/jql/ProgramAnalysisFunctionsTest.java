package io.programoffice.jira.jql;

import static io.programoffice.jira.jql.JqlFixture.call;
import static io.programoffice.jira.jql.JqlFixture.context;
import static io.programoffice.jira.jql.JqlFixture.ids;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.JiraDataTypes;
import com.atlassian.query.clause.TerminalClause;
import io.programoffice.core.analysis.DependencyAnalysis;
import io.programoffice.core.analysis.DependencyGraph;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.program.Program;
import io.programoffice.core.scheme.DependencyKind;
import io.programoffice.core.scheme.WorkingCalendar;
import io.programoffice.jira.JiraDependencyAnalysis;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

/**
 * {@code lateDependencies}, {@code criticalPath} and {@code dependencyCycles}: Jira's permission checks are mocked
 * ({@code bob} does not see WEB), the analysis is real, made (as {@link JiraDependencyAnalysis} does) only of the
 * issues the visibility the function passes may see. Drawn as "X -> Y" for "Y depends on X", days of work in
 * brackets, from Monday 2026-11-30: APP-3 (10) -> APP-1 (3) needed by 2026-12-01 (late), APP-1 -> WEB-1 (5),
 * WEB-2 (10) -> APP-2 (1) needed by 2026-12-01 (late), and a cycle APP-4 (1) -> APP-5 (1) -> APP-4.
 */
public class ProgramAnalysisFunctionsTest {
    private static final LocalDate NEEDED = LocalDate.of(2026, 12, 1);
    private final JqlFixture jql = new JqlFixture(JqlFixture.program("PLAT", List.of("APP", "WEB"), 7));
    private final JiraDependencyAnalysis analysis = mock(JiraDependencyAnalysis.class);
    private final TerminalClause clause = mock(TerminalClause.class);
    private LateDependenciesFunction late;
    private CriticalPathFunction critical;
    private DependencyCyclesFunction cycles;

    @Before
    public void setUp() {
        when(analysis.analyze(any(Program.class), any(VisibilityFilter.class)))
                .thenAnswer(call -> analysis(call.getArgument(1)));
        late = new LateDependenciesFunction(jql.programs, analysis, jql.visibility, jql.i18n);
        critical = new CriticalPathFunction(jql.programs, analysis, jql.visibility, jql.i18n);
        cycles = new DependencyCyclesFunction(jql.programs, analysis, jql.visibility, jql.i18n);
    }

    private static DependencyAnalysis analysis(VisibilityFilter viewer) {
        DependencyGraph.Builder b = DependencyGraph.builder(WorkingCalendar.WEEKDAYS, LocalDate.of(2026, 11, 30));
        Map<String, Integer> nodes = new HashMap<>();
        Object[][] issues = {{11L, "APP-1", 3}, {12L, "APP-2", 1}, {13L, "APP-3", 10}, {14L, "APP-4", 1},
            {15L, "APP-5", 1}, {21L, "WEB-1", 5}, {22L, "WEB-2", 10}};
        for (Object[] i : issues) {
            String key = (String) i[1];
            String project = key.substring(0, key.indexOf('-'));
            if (viewer.canBrowseProject(project)) {
                nodes.put(key, b.addIssue((Long) i[0], key, project, (Integer) i[2], false, null, null));
            }
        }
        Object[][] edges = {{"APP-3", "APP-1", NEEDED}, {"APP-1", "WEB-1", null}, {"WEB-2", "APP-2", NEEDED},
            {"APP-4", "APP-5", null}, {"APP-5", "APP-4", null}};
        for (Object[] e : edges) {
            if (nodes.containsKey(e[0]) && nodes.containsKey(e[1])) {
                b.addDependency(nodes.get(e[0]), nodes.get(e[1]), DependencyKind.FS, 0, (LocalDate) e[2]);
            }
        }
        return DependencyAnalysis.analyze(b.build());
    }

    @Test
    public void lateDependencies_answersBothEndsOfTheLateDependenciesTheSearcherMaySee() {
        assertEquals(List.of(11L, 13L), ids(late.getValues(context(jql.bob, false), call("lateDependencies", "PLAT"),
                clause)));
        assertEquals(List.of(11L, 12L, 13L, 22L), ids(late.getValues(context(jql.bob, true),
                call("lateDependencies", "plat"), clause)));
    }

    @Test
    public void criticalPath_answersTheCriticalIssuesTheSearcherMaySee() {
        assertEquals(List.of(11L, 13L), ids(critical.getValues(context(jql.bob, false), call("criticalPath", "PLAT"),
                clause)));
        assertEquals(List.of(11L, 13L, 21L), ids(critical.getValues(context(null, true),
                call("criticalPath", "PLAT"), clause)));
    }

    @Test
    public void dependencyCycles_answersTheIssuesInCyclesOfMoreThanOneIssue() {
        assertEquals(List.of(14L, 15L), ids(cycles.getValues(context(jql.bob, false),
                call("dependencyCycles", "PLAT"), clause)));
    }

    @Test
    public void getValues_answersNothing_forAnUnknownProgramAnAnonymousSearcherOrWrongArguments() {
        for (ProgramAnalysisFunction f : List.of(late, critical, cycles)) {
            assertEquals(List.of(), f.getValues(context(jql.bob, false), call("f", "NOPE"), clause));
            assertEquals(List.of(), f.getValues(context(null, false), call("f", "PLAT"), clause));
            assertEquals(List.of(), f.getValues(context(jql.bob, false), call("f", "PLAT", "PLAT"), clause));
            assertEquals(List.of(), f.getValues(context(jql.bob, false), call("f"), clause));
        }
        verify(analysis, never()).analyze(any(Program.class), any(VisibilityFilter.class));
    }

    @Test
    public void validate_acceptsOneProgramKey() {
        for (ProgramAnalysisFunction f : List.of(late, critical, cycles)) {
            assertFalse(f.validate(jql.bob, call("f", "PLAT"), clause).hasAnyErrors());
            assertFalse(f.validate(jql.bob, call("f", " plat "), clause).hasAnyErrors());
        }
    }

    @Test
    public void validate_rejectsWrongArgumentsAndUnknownPrograms_withEachFunctionsMessages() {
        Map<ProgramAnalysisFunction, String> names = Map.of(late, "lateDependencies", critical, "criticalPath",
                cycles, "dependencyCycles");
        names.forEach((f, name) -> {
            String prefix = "program-office.jql." + name;
            assertEquals(Set.of(prefix + ".arguments [" + name + ", 0]"),
                    f.validate(jql.bob, call(name), clause).getErrorMessages());
            assertEquals(Set.of(prefix + ".arguments [" + name + ", 2]"),
                    f.validate(jql.bob, call(name, "PLAT", "X"), clause).getErrorMessages());
            assertEquals(Set.of(prefix + ".unknown [" + name + ", NOPE]"),
                    f.validate(jql.bob, call(name, "NOPE"), clause).getErrorMessages());
            assertEquals(Set.of(prefix + ".unknown [" + name + ", PLAT]"),
                    f.validate(null, call(name, "PLAT"), clause).getErrorMessages());
        });
    }

    @Test
    public void describeThemselvesAsIssueFunctionsTakingOneArgument() {
        for (ProgramAnalysisFunction f : List.of(late, critical, cycles)) {
            assertSame(JiraDataTypes.ISSUE, f.getDataType());
            assertEquals(1, f.getMinimumNumberOfExpectedArguments());
        }
        assertEquals(List.of("lateDependencies", "criticalPath", "dependencyCycles"), List.of(
                LateDependenciesFunction.FUNCTION_NAME, CriticalPathFunction.FUNCTION_NAME,
                DependencyCyclesFunction.FUNCTION_NAME));
    }
}
