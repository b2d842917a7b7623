package io.programoffice.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.program.Program;
import io.programoffice.jira.ao.ProgramEntity;
import io.programoffice.workbench.host.WbActiveObjects;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
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
        ao.migrate(ProgramEntity.class);
        store = new ActiveObjectsProgramStore(ao);
    }

    @After
    public void tearDown() {
        ao.close();
    }

    @Test
    public void create_thenFind_roundTripsTheProgram() {
        Program program = new Program("DEMO", "Checkout <Replatform>", List.of("WEB", "APP"));
        store.create(program);
        assertEquals(program, store.find("DEMO").orElseThrow());
        assertTrue(store.find("NONE").isEmpty());
    }

    @Test
    public void create_refusesADuplicateKey() {
        store.create(new Program("DEMO", "One", List.of("APP")));
        assertThrows(IllegalStateException.class, () -> store.create(new Program("DEMO", "Two", List.of("APP"))));
        assertEquals(1, store.list(new PageRequest(0, 10)).total());
    }

    @Test
    public void list_pagesInKeyOrder() {
        for (String key : List.of("PC", "PA", "PB")) {
            store.create(new Program(key, "Program " + key, List.of("APP")));
        }
        Page<Program> first = store.list(new PageRequest(0, 2));
        assertEquals(List.of("PA", "PB"), first.values().stream().map(Program::key).toList());
        assertEquals(3, first.total());
        assertEquals(List.of("PC"), store.list(new PageRequest(2, 2)).values().stream().map(Program::key).toList());
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
