package io.programoffice.core.milestone;

import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class BurnupTest {
    /** A Wednesday. */
    private static final LocalDate TODAY = LocalDate.parse("2027-03-03");

    @Test
    public void countsScopeFromCreation_andDoneFromResolution_onEachSundayAndToday() {
        List<MilestoneIssue> scope = List.of(
                new MilestoneIssue("A-1", "A", true, null, LocalDate.parse("2027-02-20")),
                new MilestoneIssue("A-2", "A", true, null, LocalDate.parse("2027-03-01")),
                new MilestoneIssue("A-3", "A", false, null, null),
                new MilestoneIssue("A-4", "A", true, null, null)); // done without a resolution date: not counted
        Map<String, LocalDate> created = Map.of("A-1", LocalDate.parse("2027-02-10"),
                "A-2", LocalDate.parse("2027-02-15"), "A-3", LocalDate.parse("2027-02-22"),
                "A-4", LocalDate.parse("2027-02-28"));
        Burnup b = Burnup.weekly(scope, created::get, TODAY, 8);
        // the earliest issue is from Wed 10 Feb: Sundays 14, 21 and 28 Feb, then today
        assertEquals(List.of(
                new Burnup.Point(LocalDate.parse("2027-02-14"), 1, 0),
                new Burnup.Point(LocalDate.parse("2027-02-21"), 2, 1),
                new Burnup.Point(LocalDate.parse("2027-02-28"), 4, 1),
                new Burnup.Point(TODAY, 4, 2)), b.points());
        // two weeks: from Sunday 21 Feb
        assertEquals(LocalDate.parse("2027-02-21"), Burnup.weekly(scope, created::get, TODAY, 2).points().get(0)
                .date());
    }

    @Test
    public void anEmptyScope_hasOnlyToday_andWeeksAreBounded() {
        assertEquals(List.of(new Burnup.Point(TODAY, 0, 0)), Burnup.weekly(List.of(), k -> null, TODAY, 4).points());
        assertThrows(IllegalArgumentException.class, () -> Burnup.weekly(List.of(), k -> null, TODAY, 0));
        assertThrows(IllegalArgumentException.class, () -> Burnup.weekly(List.of(), k -> null, TODAY, 105));
    }
}
