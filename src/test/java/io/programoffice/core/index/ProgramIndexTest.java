package io.programoffice.core.index;

import static io.programoffice.core.index.Issues.drawn;
import static io.programoffice.core.index.Issues.idOf;
import static io.programoffice.core.index.Issues.in;
import static io.programoffice.core.index.Issues.issue;
import static io.programoffice.core.index.Issues.out;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.programoffice.core.program.StatusCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

public class ProgramIndexTest {
    private static final IssueRecord FULL = new IssueRecord(10_001, "APP-17", "APP", "Bug", "In Review",
            StatusCategory.INDETERMINATE, LocalDate.of(2025, 3, 14), 1_700_000_000_123L, 1_700_000_999_456L,
            List.of("APP 2.0", "APP 2.1"), List.of("backend", "api"), "alice", 10_000L, 5.5, "Team Rocket", 10_100L,
            List.of(out(7, "Blocks", 10_002), in(3, "Relates", 99_999)), LocalDate.of(2025, 4, 30));

    private static final IssueRecord BARE = new IssueRecord(10_002, "WEB-1", "WEB", "Task", "Triage", null, null, 0L,
            0L, List.of(), List.of(), null, null, null, null, null, List.of(in(7, "Blocks", 10_001)));

    @Test
    public void build_readsBackEveryField_whenAllAreSetOrAllAbsent() {
        ProgramIndex index = ProgramIndex.build(List.of(FULL, BARE));

        assertEquals(Optional.of(FULL), index.get(10_001));
        assertEquals(Optional.of(BARE), index.get(10_002));
        assertEquals(2, index.size());
        assertEquals(2, index.linkCount());
        assertEquals(Optional.empty(), index.get(99_999));
    }

    @Test
    public void modifications_moveWithEveryEvent_soAKeptResultIsNeverReusedAfterOne() {
        ProgramIndex index = ProgramIndex.build(List.of(FULL, BARE));
        List<Long> seen = new ArrayList<>(List.of(index.modifications()));
        index.upsert(BARE);
        seen.add(index.modifications());
        index.addLink(10_002, out(8, "Relates", 10_001));
        seen.add(index.modifications());
        index.removeLink(8);
        seen.add(index.modifications());
        index.remove(10_002);
        seen.add(index.modifications());
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.toString(), seen.get(i) > seen.get(i - 1));
        }
        long before = index.modifications();
        assertFalse(index.removeLink(12_345)); // nothing changed: the count stays
        index.compact(); // the observable state does not change
        assertEquals(before, index.modifications());
    }

    @Test
    public void link_readsALinkById_asItsSourceSeesIt() {
        ProgramIndex index = ProgramIndex.build(List.of(FULL, BARE));
        assertEquals(Optional.of(new ProgramIndex.SourcedLink(10_001, out(7, "Blocks", 10_002))), index.link(7));
        assertEquals(Optional.of(new ProgramIndex.SourcedLink(99_999, out(3, "Relates", 10_001))), index.link(3));
        assertEquals(Optional.empty(), index.link(4));
        index.removeLink(7);
        assertEquals(Optional.empty(), index.link(7));
    }

    @Test
    public void forEach_cursorReadsEveryField_withoutBuildingRecords() {
        ProgramIndex index = ProgramIndex.build(List.of(FULL, BARE));
        List<String> seen = new ArrayList<>();

        index.forEach(VisibilityFilter.everything(), c -> {
            if (c.id() == 10_001) {
                seen.add(c.key() + " " + c.projectKey() + " " + c.issueNumber() + " " + c.issueType() + " " + c.status()
                        + " " + c.category() + " " + c.resolutionDate() + " " + c.createdMillis() + " "
                        + c.updatedMillis() + " " + c.fixVersions() + " " + c.components() + " " + c.assignee() + " "
                        + c.parentId() + " " + c.estimate() + " " + c.team() + " " + c.securityLevelId() + " "
                        + c.dueDate());
                assertEquals(FULL, c.toRecord());
            } else {
                seen.add(c.key() + " " + c.category() + " " + c.resolutionDate() + " " + c.assignee() + " "
                        + c.assigneeCode() + " " + c.parentId() + " " + c.estimate() + " " + c.team() + " "
                        + c.teamCode() + " " + c.securityLevelId() + " " + c.dueDate());
            }
        });

        seen.sort(null);
        assertEquals(List.of("APP-17 APP 17 Bug In Review INDETERMINATE 2025-03-14 1700000000123 1700000999456"
                        + " [APP 2.0, APP 2.1] [backend, api] alice 10000 5.5 Team Rocket 10100 2025-04-30",
                "WEB-1 null null null -1 0 NaN null -1 0 null"), seen);
    }

    @Test
    public void build_codesEachDistinctValueOnce_andDecodesIt() {
        ProgramIndex index = ProgramIndex.build(List.of(
                issue(1, "APP-1"), issue(2, "APP-2"), issue(3, "WEB-1"), FULL.withLinks(List.of())));

        assertEquals(2, index.distinctValues(IndexedField.PROJECT));
        assertEquals(0, index.codeOf(IndexedField.PROJECT, "APP"));
        assertEquals(1, index.codeOf(IndexedField.PROJECT, "WEB"));
        assertEquals("WEB", index.valueOf(IndexedField.PROJECT, 1));
        assertEquals(-1, index.codeOf(IndexedField.PROJECT, "OPS"));
        assertEquals(List.of("Story", "Bug"), List.of(index.valueOf(IndexedField.ISSUE_TYPE, 0),
                index.valueOf(IndexedField.ISSUE_TYPE, 1)));
        assertEquals(2, index.distinctValues(IndexedField.FIX_VERSION));
        assertEquals(1, index.codeOf(IndexedField.COMPONENT, "api"));
        assertEquals(1, index.distinctValues(IndexedField.TEAM));
        assertEquals(0, index.distinctValues(IndexedField.LINK_TYPE));
        assertThrows(IllegalArgumentException.class, () -> index.valueOf(IndexedField.PROJECT, 2));

        List<Integer> codes = new ArrayList<>();
        index.forEach(VisibilityFilter.everything(), c -> codes.add(c.projectCode()));
        codes.sort(null);
        assertEquals(List.of(0, 0, 0, 1), codes);
    }

    @Test
    public void build_keepsRetainedBytesPerIssueIndependentOfStringLengths() {
        String longName = "a-very-long-assignee-name-".repeat(10);
        List<IssueRecord> shortNames = new ArrayList<>();
        List<IssueRecord> longNames = new ArrayList<>();
        for (int i = 1; i <= 8_000; i++) {
            IssueRecord r = issue(i, "APP-" + i);
            shortNames.add(new IssueRecord(i, r.key(), "APP", "Story", "To Do", StatusCategory.NEW, null, 0, 0,
                    List.of(), List.of(), "u" + (i % 3), null, null, null, null, List.of()));
            longNames.add(new IssueRecord(i, r.key(), "APP", "Story", "To Do", StatusCategory.NEW, null, 0, 0,
                    List.of(), List.of(), longName + (i % 3), null, null, null, null, List.of()));
        }

        long shortBytes = ProgramIndex.build(shortNames).retainedBytesEstimate();
        long longBytes = ProgramIndex.build(longNames).retainedBytesEstimate();

        assertTrue("strings are stored once per distinct value: " + shortBytes + " vs " + longBytes,
                longBytes - shortBytes < 3 * 400);
        assertTrue("about 100 bytes per issue without links: " + shortBytes / 8_000, shortBytes / 8_000 < 120);
    }

    @Test
    public void links_areVisibleFromBothEnds_withDirectionAndOtherEnd() {
        List<IssueRecord> program = drawn("APP-1 -Blocks-> WEB-2, WEB-2 -Relates-> APP-3, APP-1 -Depends-> ~EXT-9");
        ProgramIndex index = ProgramIndex.build(program);
        long app1 = idOf(program, "APP-1");
        long web2 = idOf(program, "WEB-2");
        long app3 = idOf(program, "APP-3");

        assertEquals(List.of(out(1, "Blocks", web2), out(3, "Depends", 309)), index.links(app1));
        assertEquals(List.of(in(1, "Blocks", app1), out(2, "Relates", app3)), index.links(web2));
        assertEquals(List.of(in(2, "Relates", web2)), index.links(app3));
        assertEquals(3, index.linkCount());
        assertFalse("the external end is not an issue of the index", index.contains(309));
        assertEquals(List.of(), index.links(309));
    }

    @Test
    public void build_takesALinkListedByOnlyOneEnd_asALinkOfBoth() {
        ProgramIndex index = ProgramIndex.build(List.of(issue(1, "APP-1", out(5, "Blocks", 2)), issue(2, "APP-2")));

        assertEquals(List.of(in(5, "Blocks", 1)), index.links(2));
    }

    @Test
    public void build_rejectsContradictoryLinksAndDuplicateIssues() {
        IllegalArgumentException contradiction = assertThrows(IllegalArgumentException.class, () -> ProgramIndex.build(
                List.of(issue(1, "APP-1", out(5, "Blocks", 2)), issue(2, "APP-2", out(5, "Blocks", 1)))));
        assertEquals("APP-2 lists link 5 as 2 -Blocks-> 1, another issue as 1 -Blocks-> 2",
                contradiction.getMessage());

        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> ProgramIndex.build(List.of(issue(1, "APP-1"), issue(1, "APP-1"))));
        assertEquals("issue 1 (APP-1) is listed twice", twice.getMessage());
    }

    @Test
    public void upsert_replacesFieldsAndLinks_atBothEnds() {
        List<IssueRecord> program = drawn("APP-1 -Blocks-> APP-2, APP-1 -Relates-> APP-3");
        ProgramIndex index = ProgramIndex.build(program);
        long app1 = idOf(program, "APP-1");
        long app2 = idOf(program, "APP-2");
        long app3 = idOf(program, "APP-3");
        IssueRecord moved = new IssueRecord(app1, "OPS-40", "OPS", "Bug", "Done", StatusCategory.DONE,
                LocalDate.of(2025, 1, 2), 5, 6, List.of("OPS 1"), List.of("db"), "bob", app3, 3.0, "Ops", 7L,
                List.of(in(2, "Duplicate", app3), out(9, "Blocks", app2)));

        index.upsert(moved);

        assertEquals(Optional.of(moved), index.get(app1));
        assertEquals("link 1 is gone from its other end too", List.of(in(9, "Blocks", app1)), index.links(app2));
        assertEquals("link 2 took the new type and direction", List.of(out(2, "Duplicate", app1)), index.links(app3));
        assertEquals(2, index.linkCount());
        assertEquals(Map.of("APP", 2, "OPS", 1), index.count(VisibilityFilter.everything()).byProject());
    }

    @Test
    public void upsert_addsANewIssue_andTakesOverLinksThatReachedItFromOutside() {
        List<IssueRecord> program = drawn("APP-1 -Blocks-> ~WEB-1, APP-2 -Relates-> ~WEB-1");
        ProgramIndex index = ProgramIndex.build(program);
        long web1 = 201;
        long app1 = idOf(program, "APP-1");
        long app2 = idOf(program, "APP-2");

        index.upsert(issue(web1, "WEB-1", in(1, "Blocks", app1), out(4, "Depends", app2)));

        assertEquals(List.of(in(1, "Blocks", app1), out(4, "Depends", app2)), index.links(web1));
        assertEquals("link 2 was not in WEB-1's record: removed", List.of(in(4, "Depends", web1)), index.links(app2));
        assertEquals(List.of(out(1, "Blocks", web1)), index.links(app1));
        assertEquals(2, index.linkCount());
        assertEquals(3, index.size());
    }

    @Test
    public void remove_deletesTheIssueAndItsLinksAtBothEnds() {
        List<IssueRecord> program = drawn("APP-1 -Blocks-> APP-2, APP-2 -Blocks-> APP-3, APP-2 -Relates-> ~EXT-1");
        ProgramIndex index = ProgramIndex.build(program);
        long app2 = idOf(program, "APP-2");

        assertTrue(index.remove(app2));

        assertFalse(index.remove(app2));
        assertFalse(index.contains(app2));
        assertEquals(Optional.empty(), index.get(app2));
        assertEquals(List.of(), index.links(idOf(program, "APP-1")));
        assertEquals(List.of(), index.links(idOf(program, "APP-3")));
        assertEquals(0, index.linkCount());
        assertEquals(2, index.size());
        assertEquals("one dead issue row, three dead link rows", 4, index.tombstones());
    }

    @Test
    public void remove_freesARowThatTheNextNewIssueReuses() {
        ProgramIndex index = ProgramIndex.build(List.of(issue(1, "APP-1"), issue(2, "APP-2")));
        index.remove(1);
        long before = index.retainedBytesEstimate();

        index.upsert(issue(3, "APP-3"));

        assertEquals(0, index.tombstones());
        assertEquals(before, index.retainedBytesEstimate());
        assertEquals(Optional.of(issue(3, "APP-3")), index.get(3));
    }

    @Test
    public void addLink_joinsBothEnds_andRemoveLink_separatesThem() {
        ProgramIndex index = ProgramIndex.build(List.of(issue(1, "APP-1"), issue(2, "WEB-1")));

        assertTrue(index.addLink(2, in(50, "Blocks", 1)));
        assertEquals(List.of(out(50, "Blocks", 2)), index.links(1));
        assertEquals(List.of(in(50, "Blocks", 1)), index.links(2));

        assertFalse("same link again changes nothing", index.addLink(1, out(50, "Blocks", 2)));
        assertTrue("a new type is a change", index.addLink(1, out(50, "Depends", 2)));
        assertEquals(List.of(in(50, "Depends", 1)), index.links(2));

        assertTrue(index.removeLink(50));
        assertFalse(index.removeLink(50));
        assertEquals(List.of(), index.links(1));
        assertEquals(List.of(), index.links(2));
        assertEquals(0, index.linkCount());
    }

    @Test
    public void addLink_keepsAnExternalEnd_andIgnoresLinksWithNoEndInTheIndex() {
        ProgramIndex index = ProgramIndex.build(List.of(issue(1, "APP-1")));

        assertTrue("from an issue outside to one inside", index.addLink(900, out(60, "Blocks", 1)));
        assertFalse("neither end in the index", index.addLink(900, out(61, "Blocks", 901)));

        assertEquals(List.of(in(60, "Blocks", 900)), index.links(1));
        assertEquals(1, index.linkCount());
        assertThrows(IllegalArgumentException.class, () -> index.addLink(1, out(62, "Blocks", 1)));
    }

    @Test
    public void addLink_movesALinkIdThatComesBackWithOtherEnds() {
        ProgramIndex index = ProgramIndex.build(List.of(issue(1, "APP-1", out(5, "Blocks", 2)), issue(2, "APP-2"),
                issue(3, "APP-3")));

        index.addLink(3, out(5, "Blocks", 1));

        assertEquals(List.of(), index.links(2));
        assertEquals(List.of(in(5, "Blocks", 3)), index.links(1));
        assertEquals(1, index.linkCount());
    }

    @Test
    public void compact_keepsEveryIssueAndLink_andDropsTombstones() {
        List<IssueRecord> records = RandomPrograms.generate(7, 3_000, 7_500);
        ProgramIndex index = ProgramIndex.build(records);
        for (int i = 0; i < records.size(); i += 3) {
            index.remove(records.get(i).id());
        }
        ProgramIndex expected = ProgramIndex.build(
                records.stream().filter(r -> index.contains(r.id())).map(r -> r.withLinks(index.links(r.id()))).toList());
        assertNotEquals(0, index.tombstones());

        index.compact();

        assertEquals(0, index.tombstones());
        assertEquals(Canonical.dump(expected), Canonical.dump(index));
        assertTrue(index.retainedBytesEstimate() < expected.retainedBytesEstimate() * 11 / 10);
    }

    @Test
    public void remove_compactsByItself_whenAQuarterOfTheRowsAreDead() {
        List<IssueRecord> records = RandomPrograms.generate(11, 8_000, 20_000);
        ProgramIndex index = ProgramIndex.build(records);
        for (int i = 0; i < 6_000; i++) {
            index.remove(records.get(i).id());
        }

        assertTrue("compacted on the way: " + index.tombstones(), index.tombstones() < 2 * ProgramIndex.COMPACT_MIN_DEAD);
        assertEquals(2_000, index.size());
        for (int i = 6_000; i < 8_000; i++) {
            IssueRecord r = records.get(i);
            List<LinkRecord> stillLinked = r.links().stream()
                    .filter(l -> l.otherIssueId() >= RandomPrograms.FIRST_EXTERNAL_ID
                            || l.otherIssueId() >= RandomPrograms.FIRST_ID + 6_000)
                    .toList();
            assertEquals(Optional.of(r.withLinks(stillLinked)), index.get(r.id()));
        }
    }

    @Test
    public void count_countsOnlyBrowsableProjectsAndVisibleSecurityLevels() {
        IssueRecord secret = new IssueRecord(4, "APP-3", "APP", "Story", "Done", StatusCategory.DONE, null, 0, 0,
                List.of(), List.of(), null, null, null, null, 77L, List.of());
        IssueRecord undefined = new IssueRecord(5, "WEB-2", "WEB", "Story", "Triage", null, null, 0, 0, List.of(),
                List.of(), null, null, null, null, null, List.of());
        ProgramIndex index = ProgramIndex.build(List.of(issue(1, "APP-1"), issue(2, "APP-2"), issue(3, "WEB-1"),
                secret, undefined, issue(6, "OPS-1")));

        IndexCounts all = index.count(VisibilityFilter.everything());
        IndexCounts appAndWeb = index.count(VisibilityFilter.of(Set.of("APP", "WEB"), Set.of()));
        IndexCounts appWithSecret = index.count(VisibilityFilter.of(Set.of("APP"), Set.of(77L)));

        assertEquals(6, all.total());
        assertEquals(Map.of(StatusCategory.NEW, 4, StatusCategory.INDETERMINATE, 0, StatusCategory.DONE, 1),
                all.byCategory());
        assertEquals(4, appAndWeb.total());
        assertEquals(Map.of("APP", 2, "WEB", 2), appAndWeb.byProject());
        assertEquals("undefined counts in the project, not in a category", 1, appAndWeb.count("WEB", StatusCategory.NEW));
        assertEquals(3, appWithSecret.total());
        assertEquals(1, appWithSecret.count("APP", StatusCategory.DONE));
        assertEquals(0, appWithSecret.count("WEB", StatusCategory.NEW));
    }

    @Test
    public void count_asksTheFilterOncePerProjectAndLevel_notPerIssue() {
        List<IssueRecord> records = RandomPrograms.generate(3, 2_000, 0);
        ProgramIndex index = ProgramIndex.build(records);
        int[] asked = new int[2];

        IndexCounts counts = index.count(new VisibilityFilter() {
            @Override
            public boolean canBrowseProject(String projectKey) {
                asked[0]++;
                return true;
            }

            @Override
            public boolean canSeeSecurityLevel(String projectKey, long securityLevelId) {
                asked[1]++;
                return false;
            }
        });

        assertEquals(RandomPrograms.PROJECTS, asked[0]);
        assertTrue(asked[1] <= RandomPrograms.PROJECTS * 3);
        assertEquals(records.stream().filter(r -> r.securityLevelId() == null).count(), counts.total());
    }

    @Test
    public void forEach_visitsOnlyWhatTheViewerMaySee() {
        ProgramIndex index = ProgramIndex.build(List.of(issue(1, "APP-1"), issue(2, "WEB-1"), issue(3, "APP-2")));
        List<String> keys = new ArrayList<>();

        index.forEach(VisibilityFilter.of(Set.of("APP"), Set.of()), c -> keys.add(c.key()));

        keys.sort(null);
        assertEquals(List.of("APP-1", "APP-2"), keys);
    }

    @Test
    public void retainedBytesEstimate_staysWithinBudget_forAGeneratedProgram() {
        ProgramIndex index = ProgramIndex.build(RandomPrograms.generate(5, 20_000, 50_000));

        long perIssue = index.retainedBytesEstimate() / 20_000;

        assertTrue("bytes per issue with 2.5 links: " + perIssue, perIssue <= 320);
    }
}
