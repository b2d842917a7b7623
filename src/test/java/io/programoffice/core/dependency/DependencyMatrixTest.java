package io.programoffice.core.dependency;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import io.programoffice.core.index.IssueRecord;
import io.programoffice.core.index.LinkRecord;
import io.programoffice.core.index.ProgramIndex;
import io.programoffice.core.index.ProgramMembership;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.program.StatusCategory;
import io.programoffice.core.scheme.DependencyKind;
import io.programoffice.core.scheme.DependencyLinkType;
import io.programoffice.core.scheme.DurationRule;
import io.programoffice.core.scheme.EstimateSource;
import io.programoffice.core.scheme.LinkEnd;
import io.programoffice.core.scheme.MilestoneSource;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.scheme.RiskSource;
import io.programoffice.core.scheme.TeamSource;
import io.programoffice.core.scheme.WorkingCalendar;
import io.programoffice.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/**
 * The team x team matrix of a program's dependencies, on drawn fixtures: {@code "APP-1 -Blocks-> API-2 :proposed"}
 * is a Jira link of type Blocks from APP-1 to API-2 with that stored state (none: unproposed); {@code KEY@Team}
 * gives the issue the index's team Team. Blocks: the destination waits; Depends: the source waits; Relates is not
 * mapped. Program projects: APP, WEB, API, SEC (OUT is outside); SEC-n issues carry a security level.
 */
public class DependencyMatrixTest {
    private static final ProgramScheme SCHEME = new ProgramScheme(1, 1, "S", "", List.of(
            new DependencyLinkType("Blocks", DependencyKind.FS, LinkEnd.DESTINATION, 0),
            new DependencyLinkType("Depends", DependencyKind.SS, LinkEnd.SOURCE, 2)),
            Set.of(StatusCategory.DONE), List.of(), EstimateSource.ISSUE_COUNT, TeamSource.PROJECT,
            MilestoneSource.FIX_VERSION, WorkingCalendar.WEEKDAYS, new DurationRule(1, 3), RiskSource.NONE);
    private static final ProgramMembership DEMO = ProgramMembership.ofProjects(Set.of("APP", "WEB", "API", "SEC"));
    private static final VisibilityFilter EVERYTHING = VisibilityFilter.everything();

    /** The index and stored states a drawing describes. */
    private record Drawn(ProgramIndex index, Map<Long, DependencyState> states) {
    }

    private static Drawn draw(String drawing) {
        Map<String, Long> ids = new LinkedHashMap<>();
        Map<String, String> teams = new HashMap<>();
        Map<String, List<LinkRecord>> links = new HashMap<>();
        Map<Long, DependencyState> states = new HashMap<>();
        long linkId = 100;
        for (String item : drawing.split(",")) {
            String[] stateSplit = item.strip().split(" :");
            String[] parts = stateSplit[0].strip().split(" ");
            String from = issue(parts[0], ids, teams, links);
            String to = issue(parts[2], ids, teams, links);
            String type = parts[1].substring(1, parts[1].length() - 2);
            linkId++;
            links.get(from).add(new LinkRecord(linkId, type, LinkRecord.Direction.OUTWARD, ids.get(to)));
            links.get(to).add(new LinkRecord(linkId, type, LinkRecord.Direction.INWARD, ids.get(from)));
            if (stateSplit.length > 1) {
                states.put(linkId, DependencyState.parse(stateSplit[1].strip()).orElseThrow());
            }
        }
        List<IssueRecord> records = new ArrayList<>();
        ids.forEach((key, id) -> records.add(new IssueRecord(id, key, key.substring(0, key.indexOf('-')), "Story",
                "To Do", StatusCategory.NEW, null, 1L, 2L, List.of(), List.of(), null, null, null, teams.get(key),
                key.startsWith("SEC") ? 9L : null, links.get(key), null)));
        return new Drawn(ProgramIndex.build(records), states);
    }

    private static String issue(String token, Map<String, Long> ids, Map<String, String> teams,
                                Map<String, List<LinkRecord>> links) {
        String[] keyAndTeam = token.split("@");
        String key = keyAndTeam[0];
        ids.computeIfAbsent(key, k -> (long) ids.size() + 1);
        links.computeIfAbsent(key, k -> new ArrayList<>());
        if (keyAndTeam.length > 1) {
            teams.put(key, keyAndTeam[1]);
        }
        return key;
    }

    private static DependencyMatrix matrix(String drawing, VisibilityFilter viewer) {
        Drawn d = draw(drawing);
        return DependencyMatrix.build(d.index, DEMO, viewer, SCHEME, d.states::get);
    }

    /** The grid drawn as text: one line per dependent team, "upstream=cell" for each non-empty cell. */
    private static List<String> rows(TeamMatrix m) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < m.teams().size(); r++) {
            StringBuilder line = new StringBuilder(m.teams().get(r)).append(" waits:");
            for (int c = 0; c < m.teams().size(); c++) {
                StateCounts cell = m.cells().get(r).get(c);
                if (cell.total() > 0) {
                    line.append(' ').append(m.teams().get(c)).append('=').append(cell);
                }
            }
            out.add(line.append(" | total ").append(m.rowTotals().get(r).total()).toString());
        }
        return out;
    }

    private static final String PROGRAM = "APP-1 -Blocks-> WEB-1 :proposed, API-1 -Blocks-> APP-2 :escalated,"
            + " API-2 -Blocks-> APP-3 :committed, APP-4 -Depends-> API-3, WEB-2 -Blocks-> WEB-3 :done,"
            + " APP-5 -Relates-> API-4, APP-6 -Blocks-> OUT-1, API-5 -Blocks-> SEC-1 :declined,"
            + " API-6 -Blocks-> APP-7 :declined";

    @Test
    public void count_putsEachMappedLinkOnceInItsDependentRowAndUpstreamColumn_byState() {
        TeamMatrix m = matrix(PROGRAM, EVERYTHING).count(MatrixQuery.ALL);

        assertEquals(List.of("API", "APP", "SEC", "WEB"), m.teams());
        assertEquals(List.of(
                "API waits: | total 0",
                "APP waits: API=4 (unproposed 1, committed 1, declined 1, escalated 1) | total 4", // Depends: APP-4 waits
                
                "SEC waits: API=1 (declined 1) | total 1",
                "WEB waits: APP=1 (proposed 1) WEB=1 (done 1) | total 2"), rows(m));
        assertEquals(List.of("5 (unproposed 1, committed 1, declined 2, escalated 1)", "1 (proposed 1)", "0",
                "1 (done 1)"), m.columnTotals().stream().map(StateCounts::toString).toList());
        assertEquals(7, m.total().total()); // Relates is not mapped; OUT-1 is outside the program
        assertEquals(MatrixState.ESCALATED, m.cell("APP", "API").worst());
        assertEquals(MatrixState.DONE, m.cell("WEB", "WEB").worst());
        assertNull(m.cell("API", "WEB").worst());
        assertEquals(StateCounts.NONE, m.cell("NOPE", "API"));
    }

    @Test
    public void count_leavesOutDependenciesWithAnEndTheViewerMayNotSee_andTheirTeams() {
        VisibilityFilter noSecurityLevel = VisibilityFilter.of(Set.of("APP", "WEB", "API", "SEC"), Set.of());
        TeamMatrix m = matrix(PROGRAM, noSecurityLevel).count(MatrixQuery.ALL);
        assertEquals(List.of("API", "APP", "WEB"), m.teams());
        assertEquals(6, m.total().total());

        TeamMatrix appOnly = matrix(PROGRAM, VisibilityFilter.of(Set.of("APP", "WEB"), Set.of())).count(MatrixQuery.ALL);
        assertEquals(List.of("APP", "WEB"), appOnly.teams());
        assertEquals(List.of("APP waits: | total 0", "WEB waits: APP=1 (proposed 1) WEB=1 (done 1) | total 2"),
                rows(appOnly));
    }

    @Test
    public void teams_areTheIndexTeamElseTheProject_sortedByNameIgnoringCase() {
        DependencyMatrix m = matrix("APP-1@mobile -Blocks-> WEB-1@Checkout, API-1 -Blocks-> APP-2@mobile :committed,"
                + " WEB-2 -Blocks-> API-2@Zeta", EVERYTHING);
        assertEquals(List.of("API", "Checkout", "mobile", "WEB", "Zeta"), m.teams());
        assertEquals(List.of(
                "API waits: | total 0",
                "Checkout waits: mobile=1 (unproposed 1) | total 1",
                "mobile waits: API=1 (committed 1) | total 1",
                "WEB waits: | total 0",
                "Zeta waits: WEB=1 (unproposed 1) | total 1"), rows(m.count(MatrixQuery.ALL)));
    }

    @Test
    public void count_withStates_countsOnlyThose_andKeepsTheGridsTeams() {
        MatrixQuery blocked = MatrixQuery.parse(Map.of("state", List.of("declined,escalated")));
        TeamMatrix m = matrix(PROGRAM, EVERYTHING).count(blocked);
        assertEquals(List.of("API", "APP", "SEC", "WEB"), m.teams());
        assertEquals(List.of("API waits: | total 0",
                "APP waits: API=2 (declined 1, escalated 1) | total 2",
                "SEC waits: API=1 (declined 1) | total 1",
                "WEB waits: | total 0"), rows(m));
        assertEquals(3, m.total().total());
    }

    @Test
    public void select_listsOneCellsDependencies_byDependentThenUpstreamKey() {
        DependencyMatrix m = matrix(PROGRAM + ", API-9 -Blocks-> APP-1, API-7 -Blocks-> APP-1 :proposed", EVERYTHING);
        List<MatrixDependency> cell = m.select(new MatrixQuery(Set.of(), "APP", "API"));
        assertEquals(List.of("API-7->APP-1 proposed", "API-9->APP-1 unproposed", "API-1->APP-2 escalated",
                        "API-2->APP-3 committed", "API-3->APP-4 unproposed", "API-6->APP-7 declined"),
                cell.stream().map(d -> d.upstream().key() + "->" + d.dependent().key() + " " + d.state().wireName())
                        .toList());
        assertEquals(List.of("API-1->APP-2"), m.select(new MatrixQuery(Set.of(MatrixState.ESCALATED), "APP", null))
                .stream().map(d -> d.upstream().key() + "->" + d.dependent().key()).toList());
        assertEquals(9, m.select(MatrixQuery.ALL).size());
        MatrixDependency depends = cell.get(4);
        assertEquals(new DependencyLink(depends.linkId(), "Depends", depends.dependent().issueId(),
                depends.upstream().issueId()), depends.link()); // the source waits
    }

    @Test
    public void aSchemeMappingNoLinkType_hasNoDependencies() {
        Drawn d = draw(PROGRAM);
        ProgramScheme none = new ProgramScheme(1, 1, "S", "", List.of(), Set.of(StatusCategory.DONE), List.of(),
                EstimateSource.ISSUE_COUNT, TeamSource.PROJECT, MilestoneSource.FIX_VERSION, WorkingCalendar.WEEKDAYS,
                new DurationRule(1, 3), RiskSource.NONE);
        DependencyMatrix m = DependencyMatrix.build(d.index, DEMO, EVERYTHING, none, d.states::get);
        assertEquals(List.of(), m.teams());
        assertEquals(0, m.count(MatrixQuery.ALL).total().total());
    }

    @Test
    public void parse_readsStatesAndTeams_andReportsEachBadParameter() {
        MatrixQuery q = MatrixQuery.parse(Map.of("state", List.of("Proposed, unproposed", "done"),
                "dependentTeam", List.of(" APP "), "upstreamTeam", List.of("")));
        assertEquals(Set.of(MatrixState.PROPOSED, MatrixState.UNPROPOSED, MatrixState.DONE), q.states());
        assertEquals("APP", q.dependentTeam());
        assertNull(q.upstreamTeam());

        ValidationException e = assertThrows(ValidationException.class, () -> MatrixQuery.parse(Map.of(
                "state", List.of("open"), "dependentTeam", List.of("A", "B"), "upstreamTeam", List.of("x".repeat(256)))));
        assertEquals(Set.of("state", "dependentTeam", "upstreamTeam"), e.fieldProblems().keySet());
    }

    @Test
    public void stateCounts_worstIsTheMostSevereStatePresent() {
        assertEquals(MatrixState.DECLINED, StateCounts.of(MatrixState.DONE, 4, MatrixState.DECLINED, 1,
                MatrixState.UNPROPOSED, 2).worst());
        assertEquals(MatrixState.UNPROPOSED, StateCounts.of(MatrixState.COMMITTED, 4, MatrixState.UNPROPOSED, 1)
                .worst());
        assertEquals(7, StateCounts.of(MatrixState.DONE, 4, MatrixState.DECLINED, 3).total());
        assertThrows(IllegalArgumentException.class, () -> new StateCounts.Builder().add(MatrixState.DONE, -1));
    }
}
