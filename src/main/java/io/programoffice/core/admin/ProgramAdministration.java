package io.programoffice.core.admin;

import io.programoffice.core.audit.AuditEntry;
import io.programoffice.core.audit.AuditLog;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramInput;
import io.programoffice.core.program.ProgramScope;
import io.programoffice.core.program.ProgramStore;
import io.programoffice.core.scheme.SchemeStore;
import io.programoffice.core.validation.FieldErrors;
import io.programoffice.core.validation.Problem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Creating, changing, archiving and deleting programs. Rules: any logged-in user may create a program (and owns it
 * when they name no owners); only its owners and Jira administrators may change, archive or delete it; an update
 * changes only the fields it names (one that empties the owners is refused, so a program always has an owner). Input is
 * validated in shape and against the host's references, all problems reported at once; a stale version gets
 * {@link StaleVersionException}; every change is audited in the same transaction. Thread-safe.
 */
public final class ProgramAdministration {
    private static final String E = "program-office.error.program.";
    private final ProgramStore programs;
    private final SchemeStore schemes;
    private final References references;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public ProgramAdministration(ProgramStore programs, SchemeStore schemes, References references, AuditLog audit,
                                 Transactions transactions, Clock clock) {
        this.programs = programs;
        this.schemes = schemes;
        this.references = references;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The program, or {@link NotFoundException}. */
    public Program get(String key) {
        return programs.find(key).orElseThrow(() -> notFound(key));
    }

    public Program create(Actor actor, ProgramInput input) {
        FieldErrors errors = new FieldErrors();
        Program shaped = input.validate(null, 0, errors);
        Program program = shaped.owners().isEmpty() ? withOwners(shaped, List.of(actor.username())) : shaped;
        return transactions.inTransaction(() -> {
            FieldErrors refs = new FieldErrors();
            refs.check(programs.find(program.key()).isPresent(), "key", E + "key.taken", program.key());
            checkReferences(program, refs);
            refs.throwIfAny();
            Program stored = programs.create(program);
            record(actor, stored.key(), "create", Map.of(), AuditFields.of(stored));
            return stored;
        });
    }

    public Program update(Actor actor, String key, ProgramInput input, int expectedVersion) {
        return transactions.inTransaction(() -> {
            Program current = get(key);
            requireOwnerOrAdmin(actor, current);
            FieldErrors errors = new FieldErrors();
            errors.check(input.owners() != null && input.owners().isEmpty(), "owners", E + "owners.required");
            Program changed = keepLeftOut(input, current).validate(key, current.version(), errors);
            checkVersion(current, expectedVersion);
            FieldErrors refs = new FieldErrors();
            checkReferences(changed, refs);
            refs.throwIfAny();
            Program stored = programs.update(keepHiddenProjects(current, changed), expectedVersion);
            record(actor, key, "update", AuditFields.of(current), AuditFields.of(stored));
            return stored;
        });
    }

    /** Archives ({@code true}) or restores a program. */
    public Program setArchived(Actor actor, String key, boolean archived, int expectedVersion) {
        return transactions.inTransaction(() -> {
            Program current = get(key);
            requireOwnerOrAdmin(actor, current);
            checkVersion(current, expectedVersion);
            if (current.archived() == archived) {
                return current; // already so: no new version, nothing to audit
            }
            Program stored = programs.update(current.withArchived(archived), expectedVersion);
            record(actor, key, archived ? "archive" : "restore", AuditFields.of(current), AuditFields.of(stored));
            return stored;
        });
    }

    public void delete(Actor actor, String key, int expectedVersion) {
        transactions.inTransaction(() -> {
            Program current = get(key);
            requireOwnerOrAdmin(actor, current);
            checkVersion(current, expectedVersion);
            programs.delete(key, expectedVersion);
            record(actor, key, "delete", AuditFields.of(current), Map.of());
            return null;
        });
    }

    /**
     * The input with every field it leaves out (null) taken from {@code current}: an update changes only what it
     * names. The scope counts as left out when it names neither projects nor JQL.
     */
    private static ProgramInput keepLeftOut(ProgramInput in, Program current) {
        boolean scopeGiven = in.projects() != null || in.jql() != null;
        return new ProgramInput(in.key(), in.name() != null ? in.name() : current.name(),
                in.description() != null ? in.description() : current.description(),
                in.owners() != null ? in.owners() : current.owners(),
                in.stakeholders() != null ? in.stakeholders() : current.stakeholders(),
                in.schemeId() != null ? in.schemeId() : Long.valueOf(current.schemeId()),
                scopeGiven ? in.projects() : current.scope().projects(),
                scopeGiven ? in.jql() : current.scope().jql(),
                in.archived() != null ? in.archived() : current.archived());
    }

    /**
     * {@code changed} with the projects of {@code current} that the actor can't see put back: an editor never sees
     * them, so leaving them out of an update must not remove them.
     */
    private Program keepHiddenProjects(Program current, Program changed) {
        List<String> hidden = references.hiddenProjects(current.scope().projects());
        if (hidden.isEmpty()) {
            return changed;
        }
        List<String> projects = new ArrayList<>(changed.scope().projects());
        hidden.stream().filter(k -> !projects.contains(k)).forEach(projects::add);
        return new Program(changed.key(), changed.name(), changed.description(), changed.owners(),
                changed.stakeholders(), changed.schemeId(), new ProgramScope(projects, changed.scope().jql()),
                changed.archived(), changed.version());
    }

    /** Whether {@code actor} may change {@code program}. */
    public static boolean mayChange(Actor actor, Program program) {
        return actor.admin() || program.owners().contains(actor.username());
    }

    private void checkReferences(Program program, FieldErrors errors) {
        if (program.schemeId() > 0 && schemes.find(program.schemeId()).isEmpty()) {
            errors.add("schemeId", E + "scheme.unknown", program.schemeId());
        }
        missing(errors, "scope.projects", E + "projects.unknown", references.missingProjects(program.scope().projects()));
        missing(errors, "owners", E + "users.unknown", references.missingUsers(program.owners()));
        missing(errors, "stakeholders", E + "users.unknown", references.missingUsers(program.stakeholders()));
        if (program.scope().jql() != null) {
            Optional<String> jqlError = references.jqlError(program.scope().jql());
            jqlError.ifPresent(message -> errors.add("scope.jql", E + "jql.invalid", message));
        }
    }

    private static void missing(FieldErrors errors, String field, String key, List<String> missing) {
        errors.check(!missing.isEmpty(), field, key, String.join(", ", missing));
    }

    private static void checkVersion(Program current, int expectedVersion) {
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("Program " + current.key(), expectedVersion, current.version());
        }
    }

    private static void requireOwnerOrAdmin(Actor actor, Program program) {
        if (!mayChange(actor, program)) {
            throw new ForbiddenException(Problem.of(E + "not.owner", program.key()));
        }
    }

    private static NotFoundException notFound(String key) {
        return new NotFoundException(Problem.of("program-office.rest.error.program.not.found", key));
    }

    private static Program withOwners(Program p, List<String> owners) {
        return new Program(p.key(), p.name(), p.description(), new ArrayList<>(owners), p.stakeholders(), p.schemeId(),
                p.scope(), p.archived(), p.version());
    }

    private void record(Actor actor, String target, String action, Map<String, String> before,
                        Map<String, String> after) {
        audit.record(new AuditEntry(0, clock.instant(), actor.username(), "program", target, action,
                AuditEntry.diff(before, after)));
    }
}
