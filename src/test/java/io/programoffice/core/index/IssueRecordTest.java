package io.programoffice.core.index;

import static io.programoffice.core.index.Issues.in;
import static io.programoffice.core.index.Issues.issue;
import static io.programoffice.core.index.Issues.out;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.programoffice.core.program.StatusCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class IssueRecordTest {
    private static IssueRecord withKey(String key, String project) {
        return new IssueRecord(1, key, project, "Story", "To Do", StatusCategory.NEW, null, 0, 0, List.of(), List.of(),
                null, null, null, null, null, List.of());
    }

    @Test
    public void issueNumber_isTheNumberAfterTheProjectKey() {
        assertEquals(123, withKey("APP-123", "APP").issueNumber());
        assertEquals(7, withKey("MY_PROJ2-7", "MY_PROJ2").issueNumber());
    }

    @Test
    public void constructor_rejectsAKeyOutsideItsProjectOrWithoutNumber() {
        for (String key : new String[] {"WEB-1", "APP-", "APP-0", "APP-1x", "APP1", "APP-99999999999", "APPX-1"}) {
            IllegalArgumentException e = assertThrows(key, IllegalArgumentException.class, () -> withKey(key, "APP"));
            assertEquals(true, e.getMessage().contains(key));
        }
    }

    @Test
    public void constructor_sortsLinksById_andCopiesLists() {
        List<String> versions = new ArrayList<>(List.of("1.0"));
        IssueRecord r = new IssueRecord(1, "APP-1", "APP", "Story", "To Do", null, null, 0, 0, versions, List.of(),
                null, null, null, null, null, List.of(out(9, "Blocks", 2), in(3, "Relates", 4)));
        versions.add("2.0");

        assertEquals(List.of(in(3, "Relates", 4), out(9, "Blocks", 2)), r.links());
        assertEquals(List.of("1.0"), r.fixVersions());
        assertEquals(1, r.indexOfLink(9));
        assertEquals(true, r.indexOfLink(5) < 0);
    }

    @Test
    public void constructor_rejectsSelfLinksDuplicateLinksAndBadOptionalValues() {
        assertThrows(IllegalArgumentException.class, () -> issue(1, "APP-1", out(5, "Blocks", 1)));
        assertThrows(IllegalArgumentException.class, () -> issue(1, "APP-1", out(5, "Blocks", 2), in(5, "Blocks", 3)));
        assertThrows(IllegalArgumentException.class, () -> new IssueRecord(1, "APP-1", "APP", "Story", "To Do", null,
                null, 0, 0, List.of(), List.of(), " ", null, null, null, null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new IssueRecord(1, "APP-1", "APP", "Story", "To Do", null,
                null, 0, 0, List.of(), List.of(), null, 1L, null, null, null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new IssueRecord(1, "APP-1", "APP", "Story", "To Do", null,
                null, 0, 0, List.of(), List.of(), null, null, Double.NaN, null, null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new IssueRecord(1, "APP-1", "APP", "Story", "To Do", null,
                null, 0, 0, List.of(""), List.of(), null, null, null, null, null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new IssueRecord(1, "APP-1", "APP", "Story", "To Do", null,
                null, 0, 0, List.of(), List.of(), null, null, null, null, 0L, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new IssueRecord(1, "APP-1", "APP", "Story", "To Do", null,
                LocalDate.MAX, 0, 0, List.of(), List.of(), null, null, null, null, null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new IssueRecord(0, "APP-1", "APP", "Story", "To Do", null,
                null, 0, 0, List.of(), List.of(), null, null, null, null, null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new IssueRecord(1, "APP-1", "APP", "", "To Do", null,
                null, 0, 0, List.of(), List.of(), null, null, null, null, null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new IssueRecord(1, "APP-1", "APP", "Story", "To Do", null,
                null, 0, 0, null, List.of(), null, null, null, null, null, List.of()));
    }

    @Test
    public void linkRecord_rejectsBadValues_andSeenFromFlipsTheDirection() {
        assertThrows(IllegalArgumentException.class, () -> out(0, "Blocks", 2));
        assertThrows(IllegalArgumentException.class, () -> out(1, " ", 2));
        assertThrows(IllegalArgumentException.class, () -> out(1, "Blocks", -2));
        assertThrows(NullPointerException.class, () -> new LinkRecord(1, "Blocks", null, 2));

        assertEquals(in(4, "Blocks", 10), out(4, "Blocks", 20).seenFrom(10));
    }
}
