package io.programoffice.core.milestone;

import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;

public class ScopeChangeTest {
    private static final LocalDate MONDAY = LocalDate.parse("2027-02-22");

    private static MilestoneSnapshot snapshot(long... ids) {
        List<MilestoneSnapshot.ScopeIssue> scope = new java.util.ArrayList<>();
        for (long id : ids) {
            scope.add(new MilestoneSnapshot.ScopeIssue(id, "A-" + id));
        }
        return new MilestoneSnapshot(1, "Beta", LocalDate.parse("2027-03-31"), scope, null, null, null);
    }

    @Test
    public void countsAddedAndRemoved_onlyAmongIssuesTheViewerMayBrowse() {
        // then: 1..10; now: 3..10 and 11..14; the viewer may not browse 2, 9 and 14 (14 cannot be in "now")
        ScopeChange c = ScopeChange.of(snapshot(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), MONDAY,
                Set.of(3L, 4L, 5L, 6L, 7L, 8L, 10L, 11L, 12L, 13L), id -> id != 2 && id != 9 && id != 14);
        assertEquals(new ScopeChange(MONDAY, 8, 3, 1), c); // 1 removed (2 is hidden); 11, 12, 13 added
        assertEquals(25, c.percent());
        assertEquals(0, new ScopeChange(MONDAY, 0, 4, 0).percent());
        assertEquals(-50, ScopeChange.of(snapshot(1, 2), MONDAY, Set.of(1L), id -> true).percent());
    }
}
