package io.programoffice.core.dependency;

import static org.junit.Assert.assertEquals;

import io.programoffice.core.analysis.DependencyAnalysis;
import io.programoffice.core.analysis.DependencyGraph;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

/** The program's dependency graph from the index, the scheme and the metadata, as one viewer sees it. */
public class ProgramDependencyGraphTest {
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    // Blocks: the destination waits (A blocks B: B depends on A); Depends: the source waits, lag 2
    private static final ProgramScheme SCHEME = new ProgramScheme(1, 1, "S", "", List.of(
            new DependencyLinkType("Blocks", DependencyKind.FS, LinkEnd.DESTINATION, 0),
            new DependencyLinkType("Depends", DependencyKind.SS, LinkEnd.SOURCE, 2)),
            Set.of(StatusCategory.DONE), List.of("Released"), EstimateSource.ISSUE_COUNT, TeamSource.PROJECT,
            MilestoneSource.FIX_VERSION, WorkingCalendar.WEEKDAYS, new DurationRule(0.5, 4), RiskSource.NONE);

    private static IssueRecord issue(long id, String key, StatusCategory category, String status, Double estimate,
                                     LocalDate due, List<String> versions, LinkRecord... links) {
        return new IssueRecord(id, key, key.substring(0, key.indexOf('-')), "Story", status, category, null, 1L, 2L,
                versions, List.of(), null, null, estimate, null, key.startsWith("SEC") ? 9L : null, List.of(links),
                due);
    }

    private static LinkRecord out(long linkId, String type, long other) {
        return new LinkRecord(linkId, type, LinkRecord.Direction.OUTWARD, other);
    }

    private static LinkRecord in(long linkId, String type, long other) {
        return new LinkRecord(linkId, type, LinkRecord.Direction.INWARD, other);
    }

    private final ProgramIndex index = ProgramIndex.build(List.of(
            issue(1, "APP-1", StatusCategory.NEW, "To Do", 5.0, null, List.of("1.0"), out(10, "Blocks", 2),
                    out(11, "Relates", 3)),
            issue(2, "APP-2", StatusCategory.INDETERMINATE, "Doing", null, LocalDate.of(2027, 3, 20), List.of(),
                    in(10, "Blocks", 1), out(12, "Depends", 3)),
            issue(3, "WEB-1", StatusCategory.INDETERMINATE, "Released", 3.0, null, List.of("2.0", "1.5"),
                    in(12, "Depends", 2), out(13, "Blocks", 4), out(14, "Blocks", 5)),
            issue(4, "SEC-1", StatusCategory.NEW, "To Do", 1.0, null, List.of(), in(13, "Blocks", 3)),
            issue(5, "OUT-1", StatusCategory.NEW, "To Do", 1.0, null, List.of(), in(14, "Blocks", 3))));

    private final Map<String, LocalDate> releases = Map.of("APP/1.0", LocalDate.of(2027, 4, 1),
            "WEB/2.0", LocalDate.of(2027, 6, 1), "WEB/1.5", LocalDate.of(2027, 5, 1));

    private DependencyGraph graph(VisibilityFilter viewer, Map<Long, DependencyRecord> metadata) {
        return ProgramDependencyGraph.build(index, ProgramMembership.ofProjects(Set.of("APP", "WEB", "SEC")), viewer,
                SCHEME, id -> Optional.ofNullable(metadata.get(id)),
                (project, version) -> releases.get(project + "/" + version), MONDAY);
    }

    private static List<String> describe(DependencyGraph g) {
        List<String> out = new ArrayList<>();
        for (int n = 0; n < g.size(); n++) {
            out.add(g.key(n) + " remaining=" + g.remaining(n) + " done=" + g.isDone(n) + " commitment="
                    + g.commitment(n));
            int end = n + 1 < g.size() ? g.firstEdge(n + 1) : g.edgeCount();
            for (int e = g.firstEdge(n); e < end; e++) {
                out.add(g.key(n) + "->" + g.key(g.target(e)) + ":" + g.kind(e) + (g.lag(e) >= 0 ? "+" : "")
                        + g.lag(e) + " neededBy=" + g.neededBy(e));
            }
        }
        return out;
    }

    @Test
    public void mappedLinksBetweenVisibleMembers_withTheSchemesEnds_durations_dates_andMetadata() {
        DependencyRecord depends = new DependencyRecord(12, DependencyState.COMMITTED, LocalDate.of(2027, 3, 15), -1,
                "bob", "alice", "", Instant.EPOCH, 1);
        DependencyGraph g = graph(VisibilityFilter.of(Set.of("APP", "WEB", "SEC"), Set.of()), Map.of(12L, depends));
        assertEquals(List.of(
                "APP-1 remaining=3 done=false commitment=2027-04-01", // 5 x 0.5 rounded up; release of 1.0
                "APP-1->APP-2:FS+0 neededBy=null",                    // Blocks: APP-2 waits for APP-1
                "APP-2 remaining=4 done=false commitment=2027-03-20", // unestimated: 4 days; its due date
                "WEB-1 remaining=0 done=true commitment=2027-05-01",  // done by status name; earliest release
                "WEB-1->APP-2:SS-1 neededBy=2027-03-15"), describe(g)); // Depends: APP-2 waits; lag override
        // Relates is not mapped; SEC-1 carries a level the viewer can't see; OUT-1 is outside the program
        assertEquals(2, g.edgeCount());
        assertEquals(1, g.crossProjectCount());
        assertEquals(1, DependencyAnalysis.analyze(g).summary().longestChain());
    }

    @Test
    public void aViewerSeesOnlyDependenciesWithBothEndsVisible() {
        DependencyGraph alice = graph(VisibilityFilter.of(Set.of("APP"), Set.of()), Map.of());
        assertEquals(List.of("APP-1 remaining=3 done=false commitment=2027-04-01",
                "APP-1->APP-2:FS+0 neededBy=null",
                "APP-2 remaining=4 done=false commitment=2027-03-20"), describe(alice));
        DependencyGraph admin = graph(VisibilityFilter.everything(), Map.of());
        assertEquals(3, admin.edgeCount()); // plus WEB-1 blocks SEC-1; the scheme lag for Depends is 2
        assertEquals(true, describe(admin).contains("WEB-1->APP-2:SS+2 neededBy=null"));
        assertEquals(true, describe(admin).contains("WEB-1->SEC-1:FS+0 neededBy=null"));
    }
}
