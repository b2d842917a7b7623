package io.programoffice.core.admin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.programoffice.core.audit.AuditEntry;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramInput;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.validation.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

public class ProgramAdministrationTest {
    private final InMemory.Programs programs = new InMemory.Programs();
    private final InMemory.Schemes schemes = new InMemory.Schemes();
    private final InMemory.Audit audit = new InMemory.Audit();
    private final InMemory.Host host = new InMemory.Host(Set.of("ALPHA", "BETA"), Set.of("alice", "bob", "admin"),
            Set.of("Blocks"), Set.of("Done"), Set.of());
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    private final ProgramAdministration admin = new ProgramAdministration(programs, schemes, host, audit,
            java.util.function.Supplier::get, clock);
    private final Actor alice = new Actor("alice", false);
    private final Actor bob = new Actor("bob", false);
    private final Actor jiraAdmin = new Actor("admin", true);
    private long schemeId;

    private static ProgramInput input(String key, String name, Long scheme, List<String> projects, String jql) {
        return new ProgramInput(key, name, null, null, null, scheme, projects, jql, null);
    }

    @Before
    public void setUp() {
        schemeId = schemes.create(ProgramScheme.defaultScheme("Default")).id();
    }

    @Test
    public void create_storesVersion1_makesTheCreatorOwner_andAudits() {
        Program p = admin.create(alice, input("PLAT", "Platform migration", schemeId, List.of("ALPHA", "BETA"), null));
        assertEquals(1, p.version());
        assertEquals(List.of("alice"), p.owners());
        AuditEntry entry = audit.entries.get(0);
        assertEquals("create", entry.action());
        assertEquals("alice", entry.actor());
        assertEquals(new AuditEntry.Change(null, "Platform migration"), entry.changes().get("name"));
        assertEquals(Instant.parse("2026-11-26T10:00:00Z"), entry.at());
    }

    @Test
    public void create_reportsEveryBadReference_andWritesNothing() {
        admin.create(alice, input("PLAT", "One", schemeId, List.of("ALPHA"), null));
        ProgramInput bad = new ProgramInput("PLAT", "Two", null, List.of("ghost"), List.of("alice", "nobody"), 999L,
                List.of("ALPHA", "GAMMA"), "bad = 1", null);
        ValidationException e = assertThrows(ValidationException.class, () -> admin.create(alice, bad));
        assertEquals(Set.of("key", "schemeId", "scope.projects", "owners", "stakeholders", "scope.jql"),
                e.fieldProblems().keySet());
        assertEquals(List.of("GAMMA"), e.fieldProblems().get("scope.projects").arguments());
        assertEquals(1, programs.rows.size());
        assertEquals(1, audit.entries.size());
    }

    @Test
    public void create_refusesMalformedKeys() {
        for (String key : List.of("p", "plat", "1ABC", "ABCDEFGHIJK", "AB-C", "")) {
            ValidationException e = assertThrows(key, ValidationException.class,
                    () -> admin.create(alice, input(key, "Name", schemeId, List.of("ALPHA"), null)));
            assertTrue(key, e.fieldProblems().containsKey("key"));
        }
    }

    @Test
    public void update_needsOwnerOrAdmin_andTheCurrentVersion() {
        Program p = admin.create(alice, input("PLAT", "One", schemeId, List.of("ALPHA"), null));
        ProgramInput rename = input(null, "Renamed", schemeId, List.of("ALPHA"), null);
        assertThrows(ForbiddenException.class, () -> admin.update(bob, "PLAT", rename, p.version()));
        Program renamed = admin.update(alice, "PLAT", rename, p.version());
        assertEquals(2, renamed.version());
        assertThrows(StaleVersionException.class, () -> admin.update(jiraAdmin, "PLAT", rename, p.version()));
        assertEquals("Renamed", programs.rows.get("PLAT").name());
        assertEquals(new AuditEntry.Change("One", "Renamed"), audit.entries.get(1).changes().get("name"));
        assertEquals(Set.of("name"), audit.entries.get(1).changes().keySet());
    }

    @Test
    public void update_keepsOwnersWhenLeftOut_andRefusesToEmptyThem() {
        Program p = admin.create(alice, input("PLAT", "One", schemeId, List.of("ALPHA"), null));
        ProgramInput noOwners = new ProgramInput(null, "One", null, List.of(), null, schemeId, List.of("ALPHA"), null,
                null);
        ValidationException e = assertThrows(ValidationException.class, () -> admin.update(alice, "PLAT", noOwners, 1));
        assertEquals(Set.of("owners"), e.fieldProblems().keySet());
        assertEquals(List.of("alice"), admin.update(alice, "PLAT", input(null, "One", schemeId, List.of("ALPHA"), null),
                p.version()).owners());
    }

    @Test
    public void update_keepsProjectsTheEditorCannotSee() {
        programs.create(new Program("PLAT", "One", "", List.of("alice"), List.of(), schemeId,
                io.programoffice.core.program.ProgramScope.projects(List.of("ALPHA", "SECRET")), false, 0));
        Program updated = admin.update(alice, "PLAT", input(null, "One", schemeId, List.of("ALPHA", "BETA"), null), 1);
        assertEquals(List.of("ALPHA", "BETA", "SECRET"), updated.projectKeys());
    }

    @Test
    public void update_dropsProjectsThatNoLongerExist_butKeepsHiddenOnes() {
        programs.create(new Program("PLAT", "One", "", List.of("alice"), List.of(), schemeId,
                io.programoffice.core.program.ProgramScope.projects(List.of("ALPHA", "GONE", "SECRET1")), false, 0));
        Program updated = admin.update(alice, "PLAT", input(null, "One", schemeId, List.of("ALPHA"), null), 1);
        assertEquals(List.of("ALPHA", "SECRET1"), updated.projectKeys());
    }

    @Test
    public void archiveRestoreAndDelete_areAudited_andCheckTheVersion() {
        Program p = admin.create(alice, input("PLAT", "One", schemeId, null, "project = ALPHA"));
        Program archived = admin.setArchived(alice, "PLAT", true, p.version());
        assertTrue(archived.archived());
        assertFalse(admin.setArchived(jiraAdmin, "PLAT", false, archived.version()).archived());
        assertThrows(StaleVersionException.class, () -> admin.delete(alice, "PLAT", 1));
        admin.delete(alice, "PLAT", 3);
        assertTrue(programs.rows.isEmpty());
        assertEquals(List.of("create", "archive", "restore", "delete"),
                audit.entries.stream().map(AuditEntry::action).toList());
        assertThrows(NotFoundException.class, () -> admin.get("PLAT"));
    }
}
