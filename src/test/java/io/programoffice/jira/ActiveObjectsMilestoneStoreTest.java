package io.programoffice.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.programoffice.core.milestone.Milestone;
import io.programoffice.core.milestone.MilestoneScope;
import io.programoffice.jira.ao.MilestoneEntity;
import io.programoffice.workbench.host.WbActiveObjects;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The milestone store on real ActiveObjects 3.2 (H2 in memory), with Jira's table naming. */
public class ActiveObjectsMilestoneStoreTest {
    private final String url = "jdbc:h2:mem:ao-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private WbActiveObjects ao;
    private ActiveObjectsMilestoneStore store;

    @Before
    public void setUp() {
        ao = new WbActiveObjects(url, "io.programoffice.program-office-jira");
        ao.migrate(MilestoneEntity.class);
        store = new ActiveObjectsMilestoneStore(ao);
    }

    @After
    public void tearDown() {
        ao.close();
    }

    private static Milestone milestone(String program, String name, MilestoneScope scope, int position) {
        return new Milestone(0, program, name, "About <" + name + ">", LocalDate.parse("2027-03-31"), scope, "alice",
                position, 0);
    }

    @Test
    public void create_thenFind_roundTripsEveryScopeKind_atVersion1() {
        Milestone beta = store.create(milestone("DEMO", "Beta", MilestoneScope.fixVersion("2027.Q1"), 0));
        Milestone launch = store.create(milestone("DEMO", "Launch",
                MilestoneScope.jql("project = APP AND labels = \"launch, public\""), 1));
        Milestone pilot = store.create(new Milestone(0, "DEMO", "Pilot", "", LocalDate.parse("1969-12-31"),
                MilestoneScope.issues(List.of("APP-1", "WEB-22", "API-3")), "bob", 2, 0));

        assertEquals(1, beta.version());
        assertTrue(beta.id() > 0);
        assertEquals(beta, store.find(beta.id()).orElseThrow());
        assertEquals("project = APP AND labels = \"launch, public\"", store.find(launch.id()).orElseThrow()
                .scope().text());
        Milestone readPilot = store.find(pilot.id()).orElseThrow();
        assertEquals(List.of("APP-1", "WEB-22", "API-3"), readPilot.scope().issueKeys());
        assertEquals("", readPilot.scope().text());
        assertEquals("", readPilot.description());
        assertEquals(LocalDate.parse("1969-12-31"), readPilot.targetDate());
        assertTrue(store.find(pilot.id() + 100).isEmpty());
    }

    @Test
    public void list_isTheProgramsMilestones_byPositionThenId() {
        Milestone second = store.create(milestone("DEMO", "Second", MilestoneScope.fixVersion("R2"), 5));
        Milestone first = store.create(milestone("DEMO", "First", MilestoneScope.fixVersion("R1"), 1));
        Milestone alsoFive = store.create(milestone("DEMO", "Also five", MilestoneScope.fixVersion("R3"), 5));
        store.create(milestone("OTHER", "Elsewhere", MilestoneScope.fixVersion("R1"), 0));

        assertEquals(List.of(first.id(), second.id(), alsoFive.id()),
                store.list("DEMO").stream().map(Milestone::id).toList());
        assertEquals(List.of(), store.list("NONE"));
    }

    @Test
    public void update_comparesAndSetsTheVersion_andRefusesAStaleOrGoneOne() {
        Milestone stored = store.create(milestone("DEMO", "Beta", MilestoneScope.fixVersion("2027.Q1"), 0));
        Milestone changed = new Milestone(stored.id(), "DEMO", "Beta 2", "", LocalDate.parse("2027-04-30"),
                MilestoneScope.issues(List.of("APP-9")), "bob", 3, 1);

        Milestone updated = store.update(changed).orElseThrow();

        assertEquals(2, updated.version());
        assertEquals("Beta 2", updated.name());
        assertEquals(MilestoneScope.issues(List.of("APP-9")), updated.scope());
        assertEquals(updated, store.find(stored.id()).orElseThrow());
        assertTrue("the same version again is stale", store.update(changed).isEmpty());
        assertEquals("Beta 2", store.find(stored.id()).orElseThrow().name());
        Milestone elsewhere = new Milestone(stored.id(), "OTHER", "Beta 3", "", LocalDate.parse("2027-04-30"),
                MilestoneScope.fixVersion("R"), "bob", 3, 2);
        assertTrue("another program's id is not updated", store.update(elsewhere).isEmpty());
        assertTrue(store.delete(stored.id()));
        assertTrue(store.update(new Milestone(stored.id(), "DEMO", "Gone", "", LocalDate.parse("2027-04-30"),
                MilestoneScope.fixVersion("R"), "bob", 3, 2)).isEmpty());
    }

    @Test
    public void delete_saysWhetherItExisted() {
        Milestone stored = store.create(milestone("DEMO", "Beta", MilestoneScope.fixVersion("2027.Q1"), 0));
        assertTrue(store.delete(stored.id()));
        assertFalse(store.delete(stored.id()));
        assertTrue(store.find(stored.id()).isEmpty());
    }

    @Test
    public void table_isNamedAsJiraNamesAoTables() throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet tables = c.getMetaData().getTables(null, "PUBLIC", "AO_%_MILESTONE", null)) {
            assertTrue(tables.next());
            assertTrue(tables.getString("TABLE_NAME").matches("AO_[0-9A-F]{6}_MILESTONE"));
        }
    }
}
