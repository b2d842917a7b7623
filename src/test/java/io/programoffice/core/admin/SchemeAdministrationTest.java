package io.programoffice.core.admin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.programoffice.core.program.Program;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.scheme.RiskSource;
import io.programoffice.core.scheme.SchemeInput;
import io.programoffice.core.validation.ValidationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.Test;

public class SchemeAdministrationTest {
    private final InMemory.Programs programs = new InMemory.Programs();
    private final InMemory.Schemes schemes = new InMemory.Schemes();
    private final InMemory.Audit audit = new InMemory.Audit();
    private final InMemory.Host host = new InMemory.Host(Set.of("ALPHA"), Set.of("admin"), Set.of("Blocks", "Dependency"),
            Set.of("Done", "Released"), new java.util.HashSet<>(Set.of("customfield_10002")));
    private final SchemeAdministration admin = new SchemeAdministration(schemes, programs, host, audit,
            java.util.function.Supplier::get, Clock.systemUTC());
    private final Actor jiraAdmin = new Actor("admin", true);

    private static SchemeInput input(String name, String linkType, List<String> statuses, String field) {
        return new SchemeInput(name, null, List.of(new SchemeInput.LinkTypeInput(linkType, "FS", "destination",
                BigDecimal.ONE)), List.of("done"), statuses,
                field == null ? null : new SchemeInput.SourceInput("STORY_POINTS", field), null, null, null);
    }

    @Test
    public void create_isForAdminsOnly() {
        assertThrows(ForbiddenException.class, () -> admin.create(new Actor("alice", false), input("S", "Blocks", null, null)));
        assertTrue(schemes.rows.isEmpty());
    }

    @Test
    public void create_checksLinkTypesStatusesAndFieldsAgainstTheHost() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> admin.create(jiraAdmin, input("S", "Clones", List.of("Done", "Shipped"), "customfield_999")));
        assertEquals(Set.of("dependencyLinkTypes[0].linkType", "doneStatuses", "estimate.fieldId"),
                e.fieldProblems().keySet());
        assertTrue(schemes.rows.isEmpty());
        assertTrue(audit.entries.isEmpty());
    }

    @Test
    public void create_storesLinkTypesInJirasSpelling() {
        ProgramScheme s = admin.create(jiraAdmin, input("Spelling", "bLoCkS", null, null));
        assertEquals("Blocks", s.dependencyLinkTypes().get(0).linkType());
    }

    @Test
    public void create_refusesADuplicateName_ignoringCase() {
        admin.create(jiraAdmin, input("Platform", "Blocks", null, null));
        ValidationException e = assertThrows(ValidationException.class,
                () -> admin.create(jiraAdmin, input(" platform ", "Blocks", null, null)));
        assertEquals(Set.of("name"), e.fieldProblems().keySet());
    }

    @Test
    public void delete_refusesASchemeInUse_thenWorksOnceFree() {
        ProgramScheme s = admin.create(jiraAdmin, input("Platform", "Blocks", List.of("Released"), "customfield_10002"));
        programs.create(new Program("PLAT", "P", "", List.of(), List.of(), s.id(),
                io.programoffice.core.program.ProgramScope.projects(List.of("ALPHA")), false, 0));
        ConflictException e = assertThrows(ConflictException.class, () -> admin.delete(jiraAdmin, s.id(), s.version()));
        assertEquals(List.of("Platform", 1), e.problem().arguments());
        programs.rows.clear();
        admin.delete(jiraAdmin, s.id(), s.version());
        assertTrue(schemes.rows.isEmpty());
    }

    @Test
    public void update_isVersioned_andAuditsOnlyWhatChanged() {
        ProgramScheme s = admin.create(jiraAdmin, input("Platform", "Blocks", null, null));
        ProgramScheme changed = admin.update(jiraAdmin, s.id(), input("Platform", "Dependency", null, null), 1);
        assertEquals(2, changed.version());
        assertThrows(StaleVersionException.class,
                () -> admin.update(jiraAdmin, s.id(), input("Platform", "Blocks", null, null), 1));
        assertEquals(Set.of("dependencyLinkTypes"), audit.entries.get(1).changes().keySet());
    }

    @Test
    public void import_recreatesAnExportedScheme() {
        ProgramScheme s = admin.create(jiraAdmin, input("Platform", "Blocks", List.of("Released"), "customfield_10002"));
        SchemeInput exported = SchemeInput.of(s);
        ValidationException taken = assertThrows(ValidationException.class, () -> admin.importScheme(jiraAdmin, exported));
        assertTrue(taken.fieldProblems().containsKey("name"));
        SchemeInput renamed = new SchemeInput("Platform copy", exported.description(), exported.dependencyLinkTypes(),
                exported.doneStatusCategories(), exported.doneStatuses(), exported.estimate(), exported.team(),
                exported.milestoneSource(), exported.calendar());
        ProgramScheme copy = admin.importScheme(jiraAdmin, renamed);
        assertEquals(s.dependencyLinkTypes(), copy.dependencyLinkTypes());
        assertEquals("import", audit.entries.get(audit.entries.size() - 1).action());
    }

    private static SchemeInput risks(String issueType, String probability, String owner) {
        return new SchemeInput("Risky", null, List.of(), List.of("done"), null, null, null, null, null, null,
                new SchemeInput.RiskInput(issueType, probability, "customfield_10002", null, null, "customfield_10003",
                        null, owner, null));
    }

    @Test
    public void risks_needAnIssueTypeAndFieldsJiraHas_andTheTypeIsStoredInJirasSpelling() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> admin.create(jiraAdmin, risks("Hazard", "customfield_404", "customfield_405")));
        assertEquals(Set.of("risks.issueType", "risks.probabilityField", "risks.roamField", "risks.ownerField"),
                e.fieldProblems().keySet());
        assertEquals("program-office.error.scheme.risks.issueType.unknown",
                e.fieldProblems().get("risks.issueType").key());
        assertTrue(schemes.rows.isEmpty());
        host.fields().add("customfield_10003=ROAM");
        host.fields().add("customfield_10004=RISK_LEVEL");
        ProgramScheme s = admin.create(jiraAdmin, risks("risk", "customfield_10004", null));
        assertEquals("Risk", s.risks().issueType());
        assertEquals(RiskSource.ASSIGNEE, s.risks().ownerField());
        assertEquals(s, schemes.find(s.id()).orElseThrow());
    }

    @Test
    public void riskFields_mustHoldTheirValuesKind_levelsNumbers_roamText_ownerAUser() {
        host.fields().add("customfield_20001=TEXT");
        host.fields().add("customfield_20002=DATE");
        host.fields().add("customfield_20003=USER");
        ValidationException e = assertThrows(ValidationException.class,
                () -> admin.create(jiraAdmin, new SchemeInput("Risky", null, List.of(), List.of("done"), null, null, null,
                        null, null, null, new SchemeInput.RiskInput("Risk", "customfield_20001", "customfield_10002",
                        null, null, "customfield_20002", "customfield_20003", "customfield_20002", null))));
        assertEquals(Set.of("risks.probabilityField", "risks.roamField", "risks.mitigationField",
                "risks.ownerField"), e.fieldProblems().keySet());
        assertEquals("program-office.error.scheme.risks.field.ownerField", e.fieldProblems().get("risks.ownerField")
                .key());
        assertTrue(schemes.rows.isEmpty());
        host.fields().add("customfield_20004=RISK_LEVEL");
        host.fields().add("customfield_20005=TEXT");
        ProgramScheme s = admin.create(jiraAdmin, new SchemeInput("Risky", null, List.of(), List.of("done"), null,
                null, null, null, null, null, new SchemeInput.RiskInput("Risk", "customfield_10002",
                "customfield_20004", null, null, "customfield_20001", "customfield_20005", "customfield_20003",
                "customfield_20002")));
        assertEquals("customfield_20003", s.risks().ownerField());
    }
}
