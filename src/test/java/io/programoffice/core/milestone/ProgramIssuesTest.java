package io.programoffice.core.milestone;

import io.programoffice.core.index.IssueRecord;
import io.programoffice.core.index.ProgramIndex;
import io.programoffice.core.index.ProgramMembership;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.program.StatusCategory;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.scheme.RiskSource;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class ProgramIssuesTest {
    private static final LocalDate RESOLVED = LocalDate.parse("2027-02-15");

    private static IssueRecord issue(long id, String key, String status, StatusCategory category, String team,
                                     Double estimate, long created, String... fixVersions) {
        String project = key.substring(0, key.indexOf('-'));
        return new IssueRecord(id, key, project, "Story", status, category,
                category == StatusCategory.DONE ? RESOLVED : null, created, created, List.of(fixVersions), List.of(),
                null, null, estimate, team, null, List.of(), null);
    }

    private static final ProgramIndex INDEX = ProgramIndex.build(List.of(
            issue(1, "API-1", "Done", StatusCategory.DONE, "Platform", 3.0, 86_400_000L * 20_000, "1.0"),
            issue(2, "API-2", "In Review", StatusCategory.INDETERMINATE, null, null, 86_400_000L * 20_100, "1.0",
                    "2.0"),
            issue(3, "WEB-1", "Closed", StatusCategory.INDETERMINATE, "Web", 2.0, 86_400_000L * 19_990, "2.0"),
            issue(4, "HR-1", "To Do", StatusCategory.NEW, null, null, 86_400_000L * 10_000, "1.0"),
            issue(5, "OPS-1", "To Do", StatusCategory.NEW, "Ops", null, 86_400_000L * 20_000, "1.0")));

    private static ProgramIssues issues(VisibilityFilter viewer) {
        ProgramScheme d = ProgramScheme.defaultScheme("Test");
        ProgramScheme scheme = new ProgramScheme(1, 1, d.name(), d.description(), d.dependencyLinkTypes(),
                Set.of(StatusCategory.DONE), List.of("Closed"), d.estimate(), d.team(), d.milestoneSource(),
                d.calendar(), d.durations(), RiskSource.NONE);
        // HR is not in the program; OPS is, but the viewer below may not browse it
        return ProgramIssues.of(INDEX, ProgramMembership.of(Set.of("API", "WEB", "OPS"), new long[0]), viewer,
                scheme);
    }

    private static final VisibilityFilter NO_OPS = new VisibilityFilter() {
        @Override
        public boolean canBrowseProject(String projectKey) {
            return !"OPS".equals(projectKey);
        }

        @Override
        public boolean canSeeSecurityLevel(String projectKey, long securityLevelId) {
            return true;
        }
    };

    @Test
    public void readsTheProgramsBrowsableIssues_withTeamDoneEstimateAndResolution() {
        ProgramIssues p = issues(NO_OPS);
        assertEquals(List.of("API-1", "API-2", "WEB-1"), List.copyOf(p.byKey().keySet()));
        assertEquals(new MilestoneIssue("API-1", "Platform", true, 3.0, RESOLVED), p.byKey().get("API-1"));
        // no team: its project; a status the scheme names counts as done whatever its category
        assertEquals(new MilestoneIssue("API-2", "API", false, null, null), p.byKey().get("API-2"));
        assertTrue(p.byKey().get("WEB-1").done());
        assertEquals(LocalDate.ofEpochDay(19_990), p.start().orElseThrow());
    }

    @Test
    public void scopes_byFixVersion_byJql_andByList_keepOnlyBrowsableProgramIssues() {
        ProgramIssues p = issues(NO_OPS);
        assertEquals(List.of("API-1", "API-2"), keys(p.inScope(MilestoneScope.fixVersion("1.0"), id -> false)));
        assertEquals(List.of(), keys(p.inScope(MilestoneScope.fixVersion("1.0.1"), id -> false)));
        assertEquals(List.of("API-2", "WEB-1"), keys(p.inScope(MilestoneScope.jql("fixVersion = 2.0"),
                id -> id == 2 || id == 3 || id == 4)));
        assertEquals(List.of("WEB-1", "API-1"), keys(p.inScope(MilestoneScope.issues(List.of("WEB-1", "HR-1",
                "OPS-1", "API-1")), id -> false)));
        assertFalse(issues(VisibilityFilter.everything()).inScope(MilestoneScope.issues(List.of("OPS-1")), id -> false)
                .isEmpty());
    }

    private static List<String> keys(List<MilestoneIssue> issues) {
        return issues.stream().map(MilestoneIssue::key).toList();
    }
}
