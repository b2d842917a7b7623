package io.programoffice.core.milestone;

import io.programoffice.core.admin.Actor;
import io.programoffice.core.admin.ForbiddenException;
import io.programoffice.core.admin.NotFoundException;
import io.programoffice.core.admin.StaleVersionException;
import io.programoffice.core.program.Program;
import io.programoffice.core.validation.FieldErrors;
import io.programoffice.core.validation.Problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for a program's milestones. Every viewer of the program sees them; its owners and Jira administrators
 * create, change and delete them. A milestone needs a name of 1 to {@value #MAX_NAME} characters without control
 * characters, unique in the program (case-insensitively); a description of at most {@value #MAX_DESCRIPTION}; a
 * target date in ISO-8601 not before the program's start; a scope: a fix version's name (one that matches nothing is
 * allowed, and shown as empty with a warning), a JQL query Jira accepts, or 1 to {@value #MAX_ISSUES} issues the
 * actor may browse; an existing user as owner (the actor by default). All problems are reported at once, at their
 * fields; nothing is stored then. A change from an older version is refused ({@link StaleVersionException}).
 * Thread-safe when the store and checks are.
 */
public final class Milestones {
    public static final int MAX_NAME = 100;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_SCOPE_TEXT = 4000;
    public static final int MAX_ISSUES = 1000;
    /** Most milestones in one program. */
    public static final int MAX_PER_PROGRAM = 200;
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]*-[1-9][0-9]{0,9}");
    private static final String E = "program-office.error.milestone.";

    private final MilestoneStore store;
    private final MilestoneChecks checks;

    public Milestones(MilestoneStore store, MilestoneChecks checks) {
        this.store = Objects.requireNonNull(store, "store");
        this.checks = Objects.requireNonNull(checks, "checks");
    }

    /** The program's milestones in their order. */
    public List<Milestone> list(Program program) {
        return store.list(program.key());
    }

    /** One of the program's milestones. */
    public Milestone get(Program program, long id) {
        return store.find(id).filter(m -> m.programKey().equals(program.key()))
                .orElseThrow(() -> new NotFoundException(Problem.of(E + "not.found", id, program.key())));
    }

    /** Whether the actor may create, change and delete the program's milestones. */
    public static boolean mayEdit(Actor actor, Program program) {
        return actor.admin() || program.owners().contains(actor.username());
    }

    /**
     * Creates a milestone.
     *
     * @throws ForbiddenException  when the actor is neither an owner of the program nor an administrator
     * @throws io.programoffice.core.validation.ValidationException with the problems at their fields
     */
    public Milestone create(Actor actor, Program program, MilestoneInput input) {
        requireEditor(actor, program);
        List<Milestone> existing = store.list(program.key());
        FieldErrors errors = new FieldErrors();
        errors.check(existing.size() >= MAX_PER_PROGRAM, "name", E + "limit", MAX_PER_PROGRAM);
        int position = existing.isEmpty() ? 0 : existing.get(existing.size() - 1).position() + 1;
        Milestone m = validate(actor, program, input, 0, existing, position, errors);
        errors.throwIfAny();
        return store.create(m);
    }

    /**
     * Changes a milestone; the input's version must be the stored one.
     *
     * @throws StaleVersionException when it is not (nothing is written)
     */
    public Milestone update(Actor actor, Program program, long id, MilestoneInput input) {
        requireEditor(actor, program);
        Milestone current = get(program, id);
        FieldErrors errors = new FieldErrors();
        errors.check(input.version() == null, "version", E + "version.required");
        Milestone changed = validate(actor, program, input, id, store.list(program.key()), current.position(),
                errors);
        errors.throwIfAny();
        if (input.version() != current.version()) {
            throw new StaleVersionException("Milestone " + current.name(), input.version(), current.version());
        }
        Milestone withVersion = new Milestone(id, program.key(), changed.name(), changed.description(),
                changed.targetDate(), changed.scope(), changed.owner(), changed.position(), current.version());
        return store.update(withVersion).orElseThrow(() -> new StaleVersionException("Milestone " + current.name(),
                input.version(), store.find(id).map(Milestone::version).orElse(current.version())));
    }

    /** Deletes a milestone. */
    public void delete(Actor actor, Program program, long id) {
        requireEditor(actor, program);
        get(program, id);
        store.delete(id);
    }

    private static void requireEditor(Actor actor, Program program) {
        if (!mayEdit(actor, program)) {
            throw new ForbiddenException(Problem.of(E + "not.owner", program.key()));
        }
    }

    private Milestone validate(Actor actor, Program program, MilestoneInput in, long id, List<Milestone> existing,
                               int defaultPosition, FieldErrors errors) {
        String name = in.name() == null ? "" : in.name().strip();
        errors.check(name.isEmpty(), "name", E + "name.required");
        errors.check(name.length() > MAX_NAME, "name", E + "name.length", MAX_NAME);
        errors.check(name.chars().anyMatch(Character::isISOControl), "name", E + "name.control");
        String lower = name.toLowerCase(Locale.ROOT);
        errors.check(existing.stream().anyMatch(m -> m.id() != id && m.name().toLowerCase(Locale.ROOT).equals(lower)),
                "name", E + "name.taken", name);
        String description = in.description() == null ? "" : in.description().strip();
        errors.check(description.length() > MAX_DESCRIPTION, "description", E + "description.length",
                MAX_DESCRIPTION);
        LocalDate target = targetDate(program, in.targetDate(), errors);
        MilestoneScope scope = scope(actor, in, errors);
        String owner = in.owner() == null || in.owner().isBlank() ? actor.username() : in.owner().strip();
        errors.check(!checks.userExists(owner), "owner", E + "owner.unknown", owner);
        int position = in.position() == null ? defaultPosition : in.position();
        errors.check(position < 0 || position > 100_000, "position", E + "position.range", 0, 100_000);
        if (!errors.isEmpty()) {
            return null;
        }
        return new Milestone(id, program.key(), name, description, target, scope, owner, position, 0);
    }

    private LocalDate targetDate(Program program, String text, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            errors.add("targetDate", E + "target.required");
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add("targetDate", E + "target.format", text.strip());
            return null;
        }
        Optional<LocalDate> start = checks.programStart(program);
        errors.check(start.isPresent() && date.isBefore(start.get()), "targetDate", E + "target.before.start",
                date.toString(), start.map(LocalDate::toString).orElse(""));
        return date;
    }

    private MilestoneScope scope(Actor actor, MilestoneInput in, FieldErrors errors) {
        MilestoneScope.Kind kind;
        try {
            kind = MilestoneScope.Kind.valueOf(in.scopeKind() == null ? "" : in.scopeKind().strip());
        } catch (IllegalArgumentException e) {
            errors.add("scopeKind", E + "scope.kind", String.valueOf(in.scopeKind()));
            return null;
        }
        String text = in.scopeText() == null ? "" : in.scopeText().strip();
        switch (kind) {
            case FIX_VERSION -> {
                errors.check(text.isEmpty(), "scopeText", E + "scope.version.required");
                errors.check(text.length() > 255, "scopeText", E + "scope.version.length", 255);
                return errors.has("scopeText") ? null : MilestoneScope.fixVersion(text);
            }
            case JQL -> {
                errors.check(text.isEmpty(), "scopeText", E + "scope.jql.required");
                errors.check(text.length() > MAX_SCOPE_TEXT, "scopeText", E + "scope.jql.length", MAX_SCOPE_TEXT);
                if (!errors.has("scopeText")) {
                    checks.jqlProblem(actor, text).ifPresent(
                            message -> errors.add("scopeText", E + "scope.jql.invalid", message));
                }
                return errors.has("scopeText") ? null : MilestoneScope.jql(text);
            }
            default -> {
                List<String> keys = new ArrayList<>();
                for (String k : in.issueKeys() == null ? List.<String>of() : in.issueKeys()) {
                    String key = k == null ? "" : k.strip().toUpperCase(Locale.ROOT);
                    if (!key.isEmpty() && !keys.contains(key)) {
                        keys.add(key);
                    }
                }
                errors.check(keys.isEmpty(), "issueKeys", E + "scope.issues.required");
                errors.check(keys.size() > MAX_ISSUES, "issueKeys", E + "scope.issues.count", MAX_ISSUES);
                keys.stream().filter(k -> !ISSUE_KEY.matcher(k).matches()).findFirst()
                        .ifPresent(k -> errors.add("issueKeys", E + "scope.issues.format", k));
                if (!errors.has("issueKeys")) {
                    checks.notBrowsable(actor, keys).stream().findFirst()
                            .ifPresent(k -> errors.add("issueKeys", E + "scope.issues.not.found", k));
                }
                return errors.has("issueKeys") ? null : MilestoneScope.issues(keys);
            }
        }
    }
}
