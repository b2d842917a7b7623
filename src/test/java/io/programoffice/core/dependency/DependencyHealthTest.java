package io.programoffice.core.dependency;

import static io.programoffice.core.dependency.DependencyHealth.AT_RISK;
import static io.programoffice.core.dependency.DependencyHealth.BLOCKED;
import static io.programoffice.core.dependency.DependencyHealth.LATE;
import static io.programoffice.core.dependency.DependencyHealth.ON_TRACK;
import static io.programoffice.core.dependency.DependencyState.COMMITTED;
import static io.programoffice.core.dependency.DependencyState.DECLINED;
import static io.programoffice.core.dependency.DependencyState.DONE;
import static io.programoffice.core.dependency.DependencyState.ESCALATED;
import static io.programoffice.core.dependency.DependencyState.PROPOSED;
import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import org.junit.Test;

public class DependencyHealthTest {
    private static final LocalDate TODAY = LocalDate.parse("2027-03-01");

    private static LocalDate day(int offset) {
        return TODAY.plusDays(offset);
    }

    @Test
    public void of_isOnTrack_whenDoneOrUpstreamDone_evenIfLateOrDeclined() {
        assertEquals(ON_TRACK, DependencyHealth.of(DONE, day(-10), null, false, false, TODAY));
        assertEquals(ON_TRACK, DependencyHealth.of(DECLINED, day(-10), day(5), true, false, TODAY));
    }

    @Test
    public void of_isOnTrack_whenTheDependentIsDone_asTheAnalysisNeverCountsItLate() {
        assertEquals(ON_TRACK, DependencyHealth.of(COMMITTED, day(-10), day(5), false, true, TODAY));
        assertEquals(ON_TRACK, DependencyHealth.of(DECLINED, day(-10), null, false, true, TODAY));
        assertEquals(LATE, DependencyHealth.of(COMMITTED, day(-10), day(5), false, false, TODAY));
    }

    @Test
    public void of_isBlocked_whenDeclinedOrEscalated() {
        assertEquals(BLOCKED, DependencyHealth.of(DECLINED, day(100), null, false, false, TODAY));
        assertEquals(BLOCKED, DependencyHealth.of(ESCALATED, null, null, false, false, TODAY));
    }

    @Test
    public void of_isLate_whenNeededByPassed_orUpstreamFinishesAfterIt() {
        assertEquals(LATE, DependencyHealth.of(COMMITTED, day(-1), day(-5), false, false, TODAY));
        assertEquals(LATE, DependencyHealth.of(COMMITTED, day(30), day(31), false, false, TODAY));
        assertEquals(LATE, DependencyHealth.of(null, day(30), day(40), false, false, TODAY));
    }

    @Test
    public void of_isAtRisk_whenNeededSoon_andUnansweredOrUndated() {
        assertEquals(AT_RISK, DependencyHealth.of(PROPOSED, day(DependencyHealth.AT_RISK_DAYS), day(1), false, false, TODAY));
        assertEquals(AT_RISK, DependencyHealth.of(COMMITTED, day(3), null, false, false, TODAY));
        assertEquals(ON_TRACK, DependencyHealth.of(COMMITTED, day(3), day(2), false, false, TODAY));
        assertEquals(ON_TRACK, DependencyHealth.of(PROPOSED, day(DependencyHealth.AT_RISK_DAYS + 1), null, false, false, TODAY));
    }

    @Test
    public void of_isOnTrack_withoutNeededBy() {
        assertEquals(ON_TRACK, DependencyHealth.of(PROPOSED, null, day(400), false, false, TODAY));
        assertEquals(ON_TRACK, DependencyHealth.of(COMMITTED, day(0), day(0), false, false, TODAY));
    }
}
