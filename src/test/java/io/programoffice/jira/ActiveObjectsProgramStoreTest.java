package io.programoffice.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.programoffice.core.admin.StaleVersionException;
import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramFilter;
import io.programoffice.core.program.ProgramScope;
import io.programoffice.jira.ao.AuditEntity;
import io.programoffice.jira.ao.ProgramEntity;
import io.programoffice.jira.ao.SchemeEntity;
import io.programoffice.workbench.host.WbActiveObjects;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The program store on real ActiveObjects 3.2 (H2 in memory), with Jira's table naming. */
public class ActiveObjectsProgramStoreTest {
    private final String url = "jdbc:h2:mem:ao-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private WbActiveObjects ao;
    private ActiveObjectsProgramStore store;

    @Before
    public void setUp() {
        ao = new WbActiveObjects(url, "io.programoffice.program-office-jira");
        ao.migrate(ProgramEntity.class, SchemeEntity.class, AuditEntity.class);
        store = new ActiveObjectsProgramStore(ao);
    }

    @After
    public void tearDown() {
        ao.close();
    }

    private static Program program(String key, String name, List<String> owners, boolean archived) {
        return new Program(key, name, "About " + name, owners, List.of("carol"), 3,
                new ProgramScope(List.of("WEB", "APP"), "labels = platform"), archived, 0);
    }

    @Test
    public void create_thenFind_roundTripsEveryField_atVersion1() {
        Program stored = store.create(program("DEMO", "Checkout <Replatform>", List.of("alice", "bob"), false));
        assertEquals(1, stored.version());
        assertEquals(stored, store.find("DEMO").orElseThrow());
        assertEquals(List.of("alice", "bob"), stored.owners());
        assertEquals("labels = platform", stored.scope().jql());
        assertTrue(store.find("NONE").isEmpty());
    }

    @Test
    public void aJqlOnlyProgram_withNoPeopleOrDescription_roundTrips() {
        Program jqlOnly = new Program("JQLO", "J", "", List.of(), List.of(), 3,
                new ProgramScope(List.of(), "project = APP"), false, 0);
        Program stored = store.create(jqlOnly);
        assertEquals(jqlOnly.withVersion(1), stored);
        assertEquals(stored, store.find("JQLO").orElseThrow());
    }

    @Test
    public void create_refusesADuplicateKey() {
        store.create(program("DEMO", "One", List.of(), false));
        assertThrows(IllegalStateException.class, () -> store.create(program("DEMO", "Two", List.of(), false)));
        assertEquals(1, store.list(new PageRequest(0, 10)).total());
    }

    @Test
    public void update_bumpsTheVersion_andRefusesAStaleOne() {
        Program stored = store.create(program("DEMO", "One", List.of("alice"), false));
        Program renamed = store.update(program("DEMO", "Renamed", List.of("alice"), true), stored.version());
        assertEquals(2, renamed.version());
        assertTrue(renamed.archived());
        assertThrows(StaleVersionException.class, () -> store.update(program("DEMO", "Again", List.of(), false), 1));
        assertEquals("Renamed", store.find("DEMO").orElseThrow().name());
        assertThrows(NoSuchElementException.class, () -> store.update(program("NOPE", "x", List.of(), false), 1));
    }

    @Test
    public void delete_needsTheCurrentVersion() {
        store.create(program("DEMO", "One", List.of(), false));
        assertThrows(StaleVersionException.class, () -> store.delete("DEMO", 7));
        store.delete("DEMO", 1);
        assertTrue(store.find("DEMO").isEmpty());
    }

    @Test
    public void list_pagesInKeyOrder_andFiltersByNameOwnerAndArchived() {
        store.create(program("PC", "Cloud cost", List.of("alice"), false));
        store.create(program("PA", "Payments 100%", List.of("bob"), false));
        store.create(program("PB", "Platform", List.of("alicia"), true));
        Page<Program> first = store.list(new PageRequest(0, 2));
        assertEquals(List.of("PA", "PB"), first.values().stream().map(Program::key).toList());
        assertEquals(3, first.total());
        assertEquals(List.of("PC"), keys(new ProgramFilter(null, "alice", null)));
        assertEquals(List.of("PA", "PB"), keys(new ProgramFilter("P", null, null)));
        assertEquals(List.of("PA"), keys(new ProgramFilter("100%", null, null)));
        assertEquals(List.of("PB"), keys(new ProgramFilter(null, null, true)));
        assertEquals(List.of("PA", "PC"), keys(new ProgramFilter(null, null, false)));
        assertEquals(1, store.countUsingScheme(3) - 2);
    }

    private List<String> keys(ProgramFilter filter) {
        return store.list(filter, new PageRequest(0, 50)).values().stream().map(Program::key).toList();
    }

    @Test
    public void table_isNamedAsJiraNamesAoTables() throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet tables = c.getMetaData().getTables(null, "PUBLIC", "AO_%_PROGRAM", null)) {
            assertTrue(tables.next());
            assertTrue(tables.getString("TABLE_NAME").matches("AO_[0-9A-F]{6}_PROGRAM"));
        }
    }
}
