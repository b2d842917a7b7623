package io.programoffice.jira.jql;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.programoffice.core.admin.Transactions;
import io.programoffice.core.audit.AuditLog;
import io.programoffice.core.dependency.Dependencies;
import io.programoffice.core.dependency.DependencyHost;
import io.programoffice.core.dependency.DependencyStore;
import io.programoffice.core.index.LinkRecord;
import io.programoffice.core.index.ProgramIndex;
import io.programoffice.core.index.ProgramIndexAccess;
import io.programoffice.core.index.ProgramMembership;
import io.programoffice.core.program.Program;
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
import io.programoffice.jira.JiraDependencies;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Dependencies for the {@code upstreamOf}/{@code downstreamOf} tests: program PLAT (projects APP, WEB, SEC) maps
 * {@code Blocks} with the destination waiting on the source. Its links, "X blocks Y" meaning Y depends on X:
 * APP-2 blocks APP-1, WEB-1 blocks APP-1, APP-1 blocks APP-3, APP-1 blocks WEB-1, WEB-1 blocks APP-5,
 * APP-3 blocks APP-4, APP-4 blocks APP-1 (a cycle APP-1, APP-3, APP-4), and APP-1 relates to APP-6 (not mapped).
 * {@code bob} does not see WEB.
 */
final class DependencyWalkFixture {
    final JqlFixture jql = new JqlFixture(JqlFixture.program("PLAT", List.of("APP", "WEB", "SEC"), 7));
    final ProgramIndex index = ProgramIndex.build(List.of(
            JqlFixture.issue(11, "APP-1", List.of()), JqlFixture.issue(12, "APP-2", List.of()),
            JqlFixture.issue(13, "APP-3", List.of()), JqlFixture.issue(14, "APP-4", List.of()),
            JqlFixture.issue(15, "APP-5", List.of()), JqlFixture.issue(16, "APP-6", List.of()),
            JqlFixture.issue(21, "WEB-1", List.of())));
    final JiraDependencies dependencies = mock(JiraDependencies.class);

    DependencyWalkFixture() {
        long[][] blocks = {{12, 11}, {21, 11}, {11, 13}, {11, 21}, {21, 15}, {13, 14}, {14, 11}};
        long linkId = 100;
        for (long[] b : blocks) {
            index.addLink(b[0], new LinkRecord(++linkId, "Blocks", LinkRecord.Direction.OUTWARD, b[1]));
        }
        index.addLink(11, new LinkRecord(++linkId, "Relates", LinkRecord.Direction.OUTWARD, 16));
        ProgramScheme scheme = new ProgramScheme(7, 1, "Scheme", "", List.of(
                new DependencyLinkType("Blocks", DependencyKind.FS, LinkEnd.DESTINATION, 0)),
                Set.of(StatusCategory.DONE), List.of(), EstimateSource.ISSUE_COUNT, TeamSource.PROJECT,
                MilestoneSource.FIX_VERSION, WorkingCalendar.WEEKDAYS,
                DurationRule.defaultFor(EstimateSource.Kind.ISSUE_COUNT), RiskSource.NONE);
        Program plat = jql.programs.find("PLAT").orElseThrow();
        DependencyHost host = mock(DependencyHost.class);
        when(host.programs()).thenReturn(List.of(new DependencyHost.ProgramWithScheme(plat, scheme)));
        ProgramIndexAccess access = mock(ProgramIndexAccess.class);
        when(access.index()).thenReturn(index);
        when(access.membership(plat)).thenReturn(ProgramMembership.ofProjects(Set.of("APP", "WEB", "SEC")));
        when(dependencies.dependencies()).thenReturn(new Dependencies(mock(DependencyStore.class), host, access,
                mock(AuditLog.class), mock(Transactions.class), Clock.systemUTC()));
    }
}
