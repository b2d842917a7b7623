package io.programoffice.core.milestone;

import io.programoffice.core.admin.Actor;
import io.programoffice.core.admin.ForbiddenException;
import io.programoffice.core.admin.NotFoundException;
import io.programoffice.core.admin.StaleVersionException;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramScope;
import io.programoffice.core.validation.Problem;
import io.programoffice.core.validation.ValidationException;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class MilestonesTest {
    private static final Actor OWNER = new Actor("alice", false);
    private static final Actor ADMIN = new Actor("admin", true);
    private static final Actor OTHER = new Actor("bob", false);
    private static final Program DEMO = program();

    private final InMemoryMilestoneStore store = new InMemoryMilestoneStore();
    private final Milestones milestones = new Milestones(store, new MilestoneChecks() {
        @Override
        public Optional<String> jqlProblem(Actor actor, String jql) {
            return jql.contains("((") ? Optional.of("Error in the JQL Query: '(' is unexpected.") : Optional.empty();
        }

        @Override
        public List<String> notBrowsable(Actor actor, List<String> keys) {
            return keys.stream().filter(k -> k.startsWith("HR-") || k.equals("API-999")).toList();
        }

        @Override
        public boolean userExists(String username) {
            return Set.of("admin", "alice", "bob").contains(username);
        }

        @Override
        public Optional<LocalDate> programStart(Program program) {
            return Optional.of(LocalDate.parse("2026-01-05"));
        }
    });

    private static Program program() {
        return new Program("DEMO", "Demo", "", List.of("alice"), List.of(), 1, ProgramScope.projects(List.of("API")),
                false, 1);
    }

    private static MilestoneInput input(String name, String target, String kind, String text, List<String> keys,
                                        Integer version) {
        return new MilestoneInput(name, "", target, kind, text, keys, null, null, version);
    }

    @Test
    public void owner_createsMilestonesInOrder_withTheOwnerDefaultingToThemselves() {
        Milestone beta = milestones.create(OWNER, DEMO, input(" Beta ", "2027-03-31", "FIX_VERSION", "1.0", null,
                null));
        Milestone ga = milestones.create(ADMIN, DEMO, input("GA", "2027-06-30", "JQL", "labels = ga", null, null));
        assertEquals("Beta", beta.name());
        assertEquals("alice", beta.owner());
        assertEquals(LocalDate.parse("2027-03-31"), beta.targetDate());
        assertEquals(MilestoneScope.fixVersion("1.0"), beta.scope());
        assertEquals(1, beta.version());
        assertEquals(List.of(beta.id(), ga.id()), milestones.list(DEMO).stream().map(Milestone::id).toList());
        assertTrue(ga.position() > beta.position());
    }

    @Test
    public void badInput_isReportedAtEachField_andNothingIsStored() {
        ValidationException e = assertThrows(ValidationException.class, () -> milestones.create(OWNER, DEMO,
                new MilestoneInput("", "", "31/03/2027", "FIX_VERSION", " ", null, "nobody", -1, null)));
        Map<String, Problem> f = e.fieldProblems();
        assertEquals("program-office.error.milestone.name.required", f.get("name").key());
        assertEquals("program-office.error.milestone.target.format", f.get("targetDate").key());
        assertEquals("program-office.error.milestone.scope.version.required", f.get("scopeText").key());
        assertEquals("program-office.error.milestone.owner.unknown", f.get("owner").key());
        assertEquals("program-office.error.milestone.position.range", f.get("position").key());
        assertEquals(List.of(), store.list("DEMO"));
    }

    @Test
    public void targetBeforeTheProgramStarted_invalidJql_unknownKind_andHiddenIssues_areRefused() {
        assertEquals("program-office.error.milestone.target.before.start", problem(input("A", "2025-12-31",
                "FIX_VERSION", "1.0", null, null), "targetDate"));
        assertEquals("program-office.error.milestone.scope.jql.invalid", problem(input("A", "2027-01-01", "JQL",
                "project = API AND ((", null, null), "scopeText"));
        assertEquals("program-office.error.milestone.scope.kind", problem(input("A", "2027-01-01", "EPIC", "x",
                null, null), "scopeKind"));
        // an issue the actor may not browse reads as one that does not exist
        assertEquals("program-office.error.milestone.scope.issues.not.found", problem(input("A", "2027-01-01",
                "ISSUES", null, List.of("API-1", "hr-7"), null), "issueKeys"));
        assertEquals("program-office.error.milestone.scope.issues.format", problem(input("A", "2027-01-01",
                "ISSUES", null, List.of("API-0"), null), "issueKeys"));
        assertEquals("program-office.error.milestone.scope.issues.required", problem(input("A", "2027-01-01",
                "ISSUES", null, List.of(" "), null), "issueKeys"));
        assertEquals(List.of(), store.list("DEMO"));
    }

    private String problem(MilestoneInput in, String field) {
        return assertThrows(ValidationException.class, () -> milestones.create(OWNER, DEMO, in)).fieldProblems()
                .get(field).key();
    }

    @Test
    public void names_areUniqueInTheProgram_caseInsensitively_butAMilestoneKeepsItsOwn() {
        Milestone beta = milestones.create(OWNER, DEMO, input("Beta", "2027-03-31", "FIX_VERSION", "1.0", null, null));
        assertEquals("program-office.error.milestone.name.taken", problem(input("BETA", "2027-03-31", "FIX_VERSION",
                "1.0", null, null), "name"));
        Milestone renamed = milestones.update(OWNER, DEMO, beta.id(), input("beta", "2027-04-01", "ISSUES", null,
                List.of("api-1", "API-1", "API-2"), 1));
        assertEquals("beta", renamed.name());
        assertEquals(List.of("API-1", "API-2"), renamed.scope().issueKeys());
        assertEquals(2, renamed.version());
    }

    @Test
    public void aStaleVersion_isRefused_andTheStoredMilestoneIsKept() {
        Milestone beta = milestones.create(OWNER, DEMO, input("Beta", "2027-03-31", "FIX_VERSION", "1.0", null, null));
        milestones.update(OWNER, DEMO, beta.id(), input("Beta", "2027-04-30", "FIX_VERSION", "1.0", null, 1));
        StaleVersionException e = assertThrows(StaleVersionException.class, () -> milestones.update(OWNER, DEMO,
                beta.id(), input("Beta", "2027-05-31", "FIX_VERSION", "1.0", null, 1)));
        assertEquals(2, e.currentVersion());
        assertEquals(LocalDate.parse("2027-04-30"), milestones.get(DEMO, beta.id()).targetDate());
        assertEquals("program-office.error.milestone.version.required", assertThrows(ValidationException.class,
                () -> milestones.update(OWNER, DEMO, beta.id(), input("Beta", "2027-05-31", "FIX_VERSION", "1.0",
                        null, null))).fieldProblems().get("version").key());
    }

    @Test
    public void onlyOwnersAndAdministrators_change_andOtherProgramsMilestonesAreNotFound() {
        assertThrows(ForbiddenException.class, () -> milestones.create(OTHER, DEMO, input("Beta", "2027-03-31",
                "FIX_VERSION", "1.0", null, null)));
        Milestone beta = milestones.create(OWNER, DEMO, input("Beta", "2027-03-31", "FIX_VERSION", "1.0", null, null));
        assertThrows(ForbiddenException.class, () -> milestones.delete(OTHER, DEMO, beta.id()));
        Program other = new Program("OTHER", "Other", "", List.of("bob"), List.of(), 1,
                ProgramScope.projects(List.of("API")), false, 1);
        assertThrows(NotFoundException.class, () -> milestones.delete(OTHER, other, beta.id()));
        milestones.delete(ADMIN, DEMO, beta.id());
        assertEquals(List.of(), milestones.list(DEMO));
    }
}
