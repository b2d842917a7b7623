package io.programoffice.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.programoffice.core.milestone.BaselineSummary;
import io.programoffice.core.milestone.MilestoneBaseline;
import io.programoffice.core.milestone.MilestoneSnapshot;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.jira.ao.BaselineEntity;
import io.programoffice.jira.ao.BaselineMilestoneEntity;
import io.programoffice.workbench.host.WbActiveObjects;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The baseline store on real ActiveObjects 3.2 (H2 in memory), with Jira's table naming. */
public class ActiveObjectsBaselineStoreTest {
    private static final Instant T0 = Instant.parse("2027-01-04T09:00:00Z");
    private final String url = "jdbc:h2:mem:ao-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private WbActiveObjects ao;
    private ActiveObjectsBaselineStore store;

    @Before
    public void setUp() {
        ao = new WbActiveObjects(url, "io.programoffice.program-office-jira");
        ao.migrate(BaselineEntity.class, BaselineMilestoneEntity.class);
        store = new ActiveObjectsBaselineStore(ao);
    }

    @After
    public void tearDown() {
        ao.close();
    }

    private static MilestoneBaseline baseline(String program, Instant at, MilestoneBaseline.Kind kind,
                                              MilestoneSnapshot... milestones) {
        return new MilestoneBaseline(0, program, at, kind == MilestoneBaseline.Kind.WEEKLY ? null : "alice", kind,
                List.of(milestones));
    }

    @Test
    public void create_thenFind_roundTripsEverySnapshot_inOrder_withNullForecasts() {
        List<MilestoneSnapshot.ScopeIssue> big = new ArrayList<>();
        for (int i = 1; i <= 5000; i++) {
            big.add(new MilestoneSnapshot.ScopeIssue(10_000 + i, "APP-" + i));
        }
        MilestoneSnapshot beta = new MilestoneSnapshot(7, "Beta <GA>", LocalDate.of(2027, 3, 31), big,
                LocalDate.of(2027, 3, 20), LocalDate.of(2027, 3, 28), LocalDate.of(2027, 4, 2));
        MilestoneSnapshot empty = new MilestoneSnapshot(3, "Alpha", LocalDate.of(2027, 2, 1), List.of(), null, null,
                null);
        MilestoneBaseline stored = store.create(baseline("DEMO", T0, MilestoneBaseline.Kind.MANUAL, beta, empty));
        assertTrue(stored.id() > 0);
        MilestoneBaseline found = store.find(stored.id()).orElseThrow();
        assertEquals(stored, found);
        assertEquals(5000, found.milestones().get(0).scope().size());
        assertEquals(new MilestoneSnapshot.ScopeIssue(15_000, "APP-5000"), found.milestones().get(0).scope().get(4999));
        assertTrue(store.find(stored.id() + 100).isEmpty());
    }

    @Test
    public void weeklyBaselines_haveNoTaker_andAreFoundByWeek() {
        MilestoneBaseline weekly = store.create(baseline("DEMO", T0, MilestoneBaseline.Kind.WEEKLY));
        assertEquals(null, store.find(weekly.id()).orElseThrow().takenBy());
        store.create(baseline("DEMO", T0.plusSeconds(7 * 86_400), MilestoneBaseline.Kind.MANUAL));
        Instant monday = Instant.parse("2027-01-04T00:00:00Z");
        assertTrue(store.hasWeekly("DEMO", monday, monday.plusSeconds(7 * 86_400)));
        assertFalse(store.hasWeekly("DEMO", monday.plusSeconds(7 * 86_400), monday.plusSeconds(14 * 86_400)));
        assertFalse(store.hasWeekly("MOBILE", monday, monday.plusSeconds(7 * 86_400)));
        assertFalse(store.hasWeekly("DEMO", T0.plusSeconds(1), monday.plusSeconds(7 * 86_400)));
    }

    @Test
    public void list_isTheProgramsBaselines_newestFirst_paged_andLatestIsTheNewest() {
        MilestoneBaseline first = store.create(baseline("DEMO", T0, MilestoneBaseline.Kind.MANUAL));
        MilestoneBaseline third = store.create(baseline("DEMO", T0.plusSeconds(120), MilestoneBaseline.Kind.WEEKLY));
        MilestoneBaseline second = store.create(baseline("DEMO", T0.plusSeconds(60), MilestoneBaseline.Kind.MANUAL,
                new MilestoneSnapshot(1, "A", LocalDate.of(2027, 3, 1), List.of(), null, null, null)));
        store.create(baseline("MOBILE", T0.plusSeconds(999), MilestoneBaseline.Kind.MANUAL));
        var page = store.list("DEMO", new PageRequest(0, 2));
        assertEquals(3, page.total());
        assertEquals(List.of(third.id(), second.id()), page.values().stream().map(BaselineSummary::id).toList());
        assertEquals(1, page.values().get(1).milestones());
        assertEquals(List.of(first.id()), store.list("DEMO", new PageRequest(2, 2)).values().stream()
                .map(BaselineSummary::id).toList());
        assertEquals(third, store.latest("DEMO").orElseThrow());
        assertTrue(store.latest("NONE").isEmpty());
    }
}
