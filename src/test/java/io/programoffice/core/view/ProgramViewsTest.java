package io.programoffice.core.view;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;

import io.programoffice.core.index.IssueRecord;
import io.programoffice.core.index.ProgramIndex;
import io.programoffice.core.index.ProgramMembership;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/**
 * Views over one drawn program, every number checked by hand. The program is APP, WEB and SEC plus OPS-2 (matched by
 * its JQL); the viewer browses APP, WEB and OPS (not SEC) and sees security level 8, not 7. So APP-5 (level 7),
 * SEC-1 (hidden project) and OPS-1 (not in the program) never count; the eight issues the viewer sees are:
 * <pre>
 * issue   team   category       est  parent            fix
 * APP-1   Alpha  indeterminate  8    -                 -
 * APP-2   Alpha  done           3    APP-1             1.0, 1.10
 * APP-3   Alpha  new            5    APP-1             1.10
 * APP-4   Beta   indeterminate  2    APP-5 (hidden)    -
 * APP-10  Beta   done           -    SEC-1 (hidden)    1.0
 * WEB-1   Beta   done           1    OLD-1 (not indexed) -
 * WEB-2   -      undefined      -    -                 1.9
 * OPS-2   Beta   new            2    -                 -
 * </pre>
 */
public class ProgramViewsTest {
    private static final List<IssueRecord> RECORDS = Drawn.records(
            "APP-1  Epic  indeterminate team=Alpha est=8",
            "APP-2  Story done team=Alpha est=3 parent=APP-1 fix=1.0|1.10 assignee=alice comp=login",
            "APP-3  Story new team=Alpha est=5 parent=APP-1 fix=1.10 assignee=bob",
            "APP-4  Bug   indeterminate team=Beta est=2 parent=APP-5 level=8",
            "APP-5  Epic  new team=Beta est=13 level=7 assignee=secret",
            "APP-10 Bug   done team=Beta parent=SEC-1 fix=1.0",
            "WEB-1  Story done team=Beta est=1 parent=~OLD-1",
            "WEB-2  Task  undefined fix=1.9",
            "SEC-1  Epic  done team=Alpha est=100 fix=1.0",
            "OPS-1  Story done team=Alpha est=40",
            "OPS-2  Story new team=Beta est=2",
            "APP-1 -Blocks-> APP-2",
            "APP-2 -Blocks-> WEB-1",
            "WEB-1 -Relates-> APP-2",
            "APP-3 -Blocks-> APP-5",
            "APP-3 -Depends-> SEC-1",
            "APP-4 -Depends-> OPS-1",
            "APP-4 -Depends-> OPS-2",
            "WEB-2 -Blocks-> ~EXT-9");
    private static final ProgramIndex INDEX = ProgramIndex.build(RECORDS);
    private static final ProgramMembership PROGRAM = ProgramMembership.of(Set.of("APP", "WEB", "SEC"),
            new long[] {Drawn.idOf(RECORDS, "OPS-2")});
    private static final VisibilityFilter VIEWER = VisibilityFilter.of(Set.of("APP", "WEB", "OPS"), Set.of(8L));

    private static ProgramView view(String query) {
        return ProgramViews.view(INDEX, PROGRAM, VIEWER, ViewQuery.parseQueryString(query));
    }

    private static List<String> keys(String query) {
        return ProgramViews.issues(INDEX, PROGRAM, VIEWER, ViewQuery.parseQueryString(query), new PageRequest(0, 100))
                .values().stream().map(ViewIssue::key).toList();
    }

    private static void assertRollup(String what, Rollup r, int issues, int done, double estimate,
                                     double estimateDone, Integer percentDone, Integer percentByEstimate) {
        assertEquals(what + " issues", issues, r.issues());
        assertEquals(what + " done", done, r.done());
        assertEquals(what + " estimate", estimate, r.estimate(), 0);
        assertEquals(what + " estimate done", estimateDone, r.estimateDone(), 0);
        assertEquals(what + " percent done", percentDone.intValue(), r.percentDone());
        assertEquals(what + " percent by estimate", percentByEstimate, r.percentDoneByEstimate());
    }

    private static List<String> labels(List<ViewGroup> groups) {
        return groups.stream().map(g -> g.kind() == ViewGroup.Kind.VALUE ? g.label() : g.kind().name()).toList();
    }

    @Test
    public void view_withoutGroups_countsEachVisibleProgramIssueOnce() {
        ProgramView v = view("");
        assertRollup("total", v.total(), 8, 3, 21, 4, 37, 19);
        assertEquals(List.of(), v.groups());
    }

    @Test
    public void view_byTeamThenStatusCategory_rollsUpEveryGroup() {
        ProgramView v = view("groupBy=team,statusCategory");
        assertRollup("total", v.total(), 8, 3, 21, 4, 37, 19);
        assertEquals(List.of("Alpha", "Beta", "NONE"), labels(v.groups()));
        ViewGroup alpha = v.groups().get(0);
        assertEquals(ViewField.TEAM, alpha.field());
        assertRollup("Alpha", alpha.rollup(), 3, 1, 16, 3, 33, 18);
        assertEquals(List.of("new", "indeterminate", "done"), labels(alpha.groups()));
        assertRollup("Alpha new", alpha.groups().get(0).rollup(), 1, 0, 5, 0, 0, 0);
        assertRollup("Alpha indeterminate", alpha.groups().get(1).rollup(), 1, 0, 8, 0, 0, 0);
        assertRollup("Alpha done", alpha.groups().get(2).rollup(), 1, 1, 3, 3, 100, 100);
        ViewGroup beta = v.groups().get(1);
        assertRollup("Beta", beta.rollup(), 4, 2, 5, 1, 50, 20);
        assertRollup("Beta new", beta.groups().get(0).rollup(), 1, 0, 2, 0, 0, 0);
        assertRollup("Beta indeterminate", beta.groups().get(1).rollup(), 1, 0, 2, 0, 0, 0);
        assertRollup("Beta done", beta.groups().get(2).rollup(), 2, 2, 1, 1, 100, 100);
        ViewGroup none = v.groups().get(2);
        assertNull(none.value());
        assertRollup("no team", none.rollup(), 1, 0, 0, 0, 0, null);
        assertEquals(List.of("NONE"), labels(none.groups()));
        assertEquals(ViewField.STATUS_CATEGORY, none.groups().get(0).field());
    }

    @Test
    public void view_byFixVersion_countsAnIssueInEachOfItsVersions_andNoneLast() {
        ProgramView v = view("groupBy=fixVersion");
        assertEquals(List.of("1.0", "1.9", "1.10", "NONE"), labels(v.groups()));
        assertRollup("1.0", v.groups().get(0).rollup(), 2, 2, 3, 3, 100, 100);
        assertRollup("1.9", v.groups().get(1).rollup(), 1, 0, 0, 0, 0, null);
        assertRollup("1.10", v.groups().get(2).rollup(), 2, 1, 8, 3, 50, 37);
        assertRollup("no version", v.groups().get(3).rollup(), 4, 1, 13, 1, 25, 7);
        assertEquals(9, v.groups().stream().mapToInt(g -> g.rollup().issues()).sum());
        assertEquals(8, v.total().issues());
    }

    @Test
    public void view_byTeamThenFixVersion_countsTheTeamOnce_andEachVersionUnderIt() {
        ViewGroup alpha = view("groupBy=team,fixVersion").groups().get(0);
        assertEquals(3, alpha.rollup().issues());
        assertEquals(List.of("1.0", "1.10", "NONE"), labels(alpha.groups()));
        assertEquals(List.of(1, 2, 1), alpha.groups().stream().map(g -> g.rollup().issues()).toList());
    }

    @Test
    public void view_byEpic_groupsByParent_andNeverNamesAParentTheViewerCantSee() {
        ProgramView v = view("groupBy=epic");
        assertEquals(List.of("APP-1", "HIDDEN", "NONE"), labels(v.groups()));
        assertRollup("APP-1", v.groups().get(0).rollup(), 2, 1, 8, 3, 50, 37);
        ViewGroup hidden = v.groups().get(1);
        assertNull(hidden.value());
        assertNull(hidden.label());
        assertRollup("hidden parents", hidden.rollup(), 3, 2, 3, 1, 66, 33);
        assertRollup("no parent", v.groups().get(2).rollup(), 3, 0, 10, 0, 0, 0);
        String everything = v.toString();
        for (String secret : List.of("APP-5", "SEC-1", "OLD-1", "OPS-1", "secret")) {
            assertFalse(secret, everything.contains(secret));
        }
    }

    @Test
    public void view_byProjectAndAssignee_sortsByLabel() {
        assertEquals(List.of("APP", "OPS", "WEB"), labels(view("groupBy=project").groups()));
        assertEquals(List.of("alice", "bob", "NONE"), labels(view("groupBy=assignee").groups()));
        assertEquals(6, view("groupBy=assignee").groups().get(2).rollup().issues());
    }

    @Test
    public void view_forAnAdministrator_countsHiddenProjectsAndLevels_butStillOnlyTheProgram() {
        ProgramView v = ProgramViews.view(INDEX, PROGRAM, VisibilityFilter.everything(),
                ViewQuery.parseQueryString("groupBy=epic"));
        assertEquals(10, v.total().issues()); // + APP-5 and SEC-1, never OPS-1
        assertEquals(List.of("APP-1", "APP-5", "SEC-1", "HIDDEN", "NONE"), labels(v.groups()));
    }

    @Test
    public void issues_areOrderedByProjectThenNumber_andPaged() {
        assertEquals(List.of("APP-1", "APP-2", "APP-3", "APP-4", "APP-10", "OPS-2", "WEB-1", "WEB-2"), keys(""));
        Page<ViewIssue> page = ProgramViews.issues(INDEX, PROGRAM, VIEWER, ViewQuery.ALL, new PageRequest(3, 3));
        assertEquals(8, page.total());
        assertEquals(List.of("APP-4", "APP-10", "OPS-2"), page.values().stream().map(ViewIssue::key).toList());
        Page<ViewIssue> beyond = ProgramViews.issues(INDEX, PROGRAM, VIEWER, ViewQuery.ALL, new PageRequest(20, 3));
        assertEquals(8, beyond.total());
        assertEquals(List.of(), beyond.values());
    }

    @Test
    public void issues_carryTheIndexedFields() {
        ViewIssue app2 = ProgramViews.issues(INDEX, PROGRAM, VIEWER, ViewQuery.parseQueryString("text=login"),
                new PageRequest(0, 10)).values().get(0);
        assertEquals(new ViewIssue(Drawn.idOf(RECORDS, "APP-2"), "APP-2", "APP", "Story", "Done",
                io.programoffice.core.program.StatusCategory.DONE, "alice", "Alpha", List.of("1.0", "1.10"), 3.0), app2);
    }

    @Test
    public void filters_narrowTheIssues_andTheView() {
        assertEquals(List.of("WEB-1", "WEB-2"), keys("project=WEB"));
        assertEquals(List.of("APP-10", "WEB-1"), keys("team=Beta&statusCategory=done"));
        assertEquals(List.of("APP-4", "APP-10"), keys("type=Bug"));
        assertEquals(List.of("APP-1", "APP-4", "APP-10"),
                keys("project=APP,OPS&statusCategory=new,indeterminate&statusCategory=done&type=Epic&type=Bug"));
        assertEquals(List.of("OPS-2"), keys("project=OPS"));
        assertEquals(List.of(), keys("project=SEC"));
        assertEquals(List.of(), keys("team=Nobody"));
        ProgramView beta = view("groupBy=statusCategory&team=Beta");
        assertEquals(4, beta.total().issues());
        assertEquals(List.of("new", "indeterminate", "done"), labels(beta.groups()));
    }

    @Test
    public void text_matchesKeyTypeStatusAssigneeTeamVersionsAndComponents_caseInsensitively() {
        assertEquals(List.of("APP-2"), keys("text=LOGIN"));
        assertEquals(List.of("APP-2"), keys("text=alice"));
        assertEquals(List.of("APP-2", "APP-3"), keys("text=1.10"));
        assertEquals(List.of("WEB-2"), keys("text=triage"));
        assertEquals(List.of("APP-1", "APP-10"), keys("text=app-1"));
        assertEquals(List.of("APP-1", "APP-2", "APP-3"), keys("text=alph"));
        assertEquals(List.of("APP-1"), keys("text=epic"));
        assertEquals(List.of("APP-4", "APP-10"), keys("text=%20bug%20"));
    }

    @Test
    public void hiddenIssues_areNeitherFoundByTextNorCounted() {
        assertEquals(List.of(), keys("text=secret"));
        assertEquals(List.of(), keys("text=sec-1"));
        assertEquals(List.of(), keys("text=ops-1"));
        assertEquals(0, view("text=secret").total().issues());
    }

    @Test
    public void links_countEachLinkOnce_onlyBetweenVisibleProgramIssues() {
        LinkStats links = ProgramViews.links(INDEX, PROGRAM, VIEWER);
        assertEquals(4, links.total());
        assertEquals(3, links.crossProject());
        assertEquals(Map.of("Blocks", 2, "Depends", 1, "Relates", 1), links.byType());
        LinkStats admin = ProgramViews.links(INDEX, PROGRAM, VisibilityFilter.everything());
        assertEquals(6, admin.total());
        assertEquals(Map.of("Blocks", 3, "Depends", 2, "Relates", 1), admin.byType());
        assertEquals(new LinkStats(0, 0, Map.of()),
                ProgramViews.links(INDEX, PROGRAM, VisibilityFilter.of(Set.of(), Set.of())));
    }

    @Test
    public void aViewerWhoSeesNothing_getsEmptyResults() {
        VisibilityFilter nobody = VisibilityFilter.of(Set.of(), Set.of());
        ProgramView v = ProgramViews.view(INDEX, PROGRAM, nobody, ViewQuery.parseQueryString("groupBy=team"));
        assertEquals(Rollup.EMPTY, v.total());
        assertEquals(List.of(), v.groups());
        assertNull(v.total().percentDoneByEstimate());
        assertEquals(0, ProgramViews.issues(INDEX, PROGRAM, nobody, ViewQuery.ALL, new PageRequest(0, 10)).total());
    }

    @Test
    public void views_followEvents() {
        ProgramIndex index = ProgramIndex.build(RECORDS);
        IssueRecord app3 = RECORDS.stream().filter(r -> r.key().equals("APP-3")).findFirst().orElseThrow();
        index.upsert(new IssueRecord(app3.id(), "APP-3", "APP", "Story", "Done",
                io.programoffice.core.program.StatusCategory.DONE, null, 1, 2, List.of(), List.of(), null,
                app3.parentId(), 5.0, "Alpha", null, app3.links()));
        index.remove(Drawn.idOf(RECORDS, "OPS-2"));
        ProgramView v = ProgramViews.view(index, PROGRAM, VIEWER, ViewQuery.parseQueryString("groupBy=team"));
        assertRollup("total", v.total(), 7, 4, 19, 9, 57, 47);
        assertRollup("Alpha", v.groups().get(0).rollup(), 3, 2, 16, 8, 66, 50);
    }
}
