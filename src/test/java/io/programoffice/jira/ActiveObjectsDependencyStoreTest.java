package io.programoffice.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.programoffice.core.admin.StaleVersionException;
import io.programoffice.core.dependency.DependencyAction;
import io.programoffice.core.dependency.DependencyRecord;
import io.programoffice.core.dependency.DependencyState;
import io.programoffice.core.dependency.StateChange;
import io.programoffice.jira.ao.DependencyChangeEntity;
import io.programoffice.jira.ao.DependencyEntity;
import io.programoffice.workbench.host.WbActiveObjects;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The dependency store on real ActiveObjects 3.2 (H2 in memory), with Jira's table naming. */
public class ActiveObjectsDependencyStoreTest {
    private static final Instant AT = Instant.parse("2027-03-01T09:00:00Z");
    private final String url = "jdbc:h2:mem:ao-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private WbActiveObjects ao;
    private ActiveObjectsDependencyStore store;

    @Before
    public void setUp() {
        ao = new WbActiveObjects(url, "io.programoffice.program-office-jira");
        ao.migrate(DependencyEntity.class, DependencyChangeEntity.class);
        store = new ActiveObjectsDependencyStore(ao);
    }

    @After
    public void tearDown() {
        ao.close();
    }

    private static DependencyRecord proposed(long linkId) {
        return new DependencyRecord(linkId, DependencyState.PROPOSED, LocalDate.parse("2027-04-30"), -3, "bob",
                "alice", "Need the <API> & docs", AT, 0);
    }

    @Test
    public void create_thenFind_roundTripsEveryField_atVersion1() {
        DependencyRecord stored = store.create(proposed(10001));
        assertEquals(1, stored.version());
        assertEquals(new DependencyRecord(10001, DependencyState.PROPOSED, LocalDate.parse("2027-04-30"), -3, "bob",
                "alice", "Need the <API> & docs", AT, 1), stored);
        assertEquals(stored, store.find(10001).orElseThrow());
        assertTrue(store.find(10002).isEmpty());
    }

    @Test
    public void findAll_returnsTheStoredRecordsOfTheGivenLinks_only() {
        DependencyRecord a = store.create(proposed(11));
        DependencyRecord b = store.create(DependencyRecord.blank(12));
        store.create(proposed(13));
        assertEquals(Map.of(11L, a, 12L, b), store.findAll(List.of(11L, 12L, 14L, 11L)));
        assertEquals(Map.of(), store.findAll(List.of()));
    }

    @Test
    public void findAll_answersListsLongerThanOneInList() {
        List<Long> ids = new ArrayList<>();
        for (long id = 1; id <= 1_200; id++) {
            ids.add(id);
            if (id % 100 == 0) {
                store.create(proposed(id));
            }
        }
        Map<Long, DependencyRecord> found = store.findAll(ids);
        assertEquals(12, found.size());
        assertEquals(store.find(1_200).orElseThrow(), found.get(1_200L));
        assertEquals(List.of(), found.keySet().stream().filter(id -> id % 100 != 0).toList());
    }

    @Test
    public void aBlankRecord_withNoStateOrDates_roundTrips() {
        DependencyRecord stored = store.create(DependencyRecord.blank(7));
        assertEquals(new DependencyRecord(7, null, null, null, null, null, null, null, 1), stored);
        assertEquals(stored, store.find(7).orElseThrow());
    }

    @Test
    public void create_refusesASecondRowForTheSameLink() {
        store.create(proposed(5));
        assertThrows(IllegalStateException.class, () -> store.create(proposed(5)));
    }

    @Test
    public void update_bumpsTheVersion_andRefusesAStaleOne() {
        store.create(proposed(5));
        DependencyRecord committed = store.update(proposed(5).moved(DependencyState.COMMITTED, AT.plusSeconds(60)), 1);
        assertEquals(2, committed.version());
        assertEquals(DependencyState.COMMITTED, store.find(5).orElseThrow().state());
        assertThrows(StaleVersionException.class, () -> store.update(proposed(5), 1));
        assertEquals(2, store.find(5).orElseThrow().version());
    }

    @Test
    public void open_listsStatesThatAreSetAndNotDone_byLinkId() {
        store.create(proposed(9));
        store.create(proposed(3));
        store.create(proposed(4).moved(DependencyState.DONE, AT));
        store.create(DependencyRecord.blank(5));
        assertEquals(List.of(3L, 9L), store.open().stream().map(DependencyRecord::linkId).toList());
    }

    @Test
    public void negotiated_listsEveryRecordWithAState_doneIncluded_byLinkId() {
        store.create(proposed(9));
        store.create(proposed(4).moved(DependencyState.DONE, AT));
        store.create(DependencyRecord.blank(5));
        assertEquals(List.of(4L, 9L), store.negotiated().stream().map(DependencyRecord::linkId).toList());
    }

    @Test
    public void history_keepsMovesInOrder_andDeleteRemovesThemWithTheRow() {
        store.create(proposed(5));
        store.append(new StateChange(5, AT, "alice", DependencyAction.PROPOSE, null, DependencyState.PROPOSED, null));
        store.append(new StateChange(5, AT.plusSeconds(5), "bob", DependencyAction.DECLINE, DependencyState.PROPOSED,
                DependencyState.DECLINED, "no capacity"));
        store.append(new StateChange(6, AT, "carol", DependencyAction.PROPOSE, null, DependencyState.PROPOSED, null));
        List<StateChange> history = store.history(5);
        assertEquals(List.of(
                new StateChange(5, AT, "alice", DependencyAction.PROPOSE, null, DependencyState.PROPOSED, null),
                new StateChange(5, AT.plusSeconds(5), "bob", DependencyAction.DECLINE, DependencyState.PROPOSED,
                        DependencyState.DECLINED, "no capacity")), history);

        assertTrue(store.delete(5));
        assertFalse(store.delete(5));
        assertTrue(store.find(5).isEmpty());
        assertEquals(List.of(), store.history(5));
        assertEquals(1, store.history(6).size());
    }
}
