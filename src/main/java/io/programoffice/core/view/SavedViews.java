package io.programoffice.core.view;

import io.programoffice.core.admin.Actor;
import io.programoffice.core.admin.ForbiddenException;
import io.programoffice.core.admin.NotFoundException;
import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.program.Program;
import io.programoffice.core.validation.FieldErrors;
import io.programoffice.core.validation.Problem;
import io.programoffice.core.validation.ValidationException;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * The rules for saved views: a name of 1 to {@value #MAX_NAME} characters without control characters, unique per
 * program and owner; a valid query (reported against {@code query}); at most {@value #MAX_PER_OWNER} views per owner
 * and program; the owner, the program's owners and Jira administrators may delete one. Thread-safe when the store is.
 */
public final class SavedViews {
    /** Longest name. */
    public static final int MAX_NAME = 100;
    /** Most views one person saves for one program. */
    public static final int MAX_PER_OWNER = 50;
    private static final String E = "program-office.error.view.";

    private final SavedViewStore store;
    private final Clock clock;

    public SavedViews(SavedViewStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The program's saved views, by name. */
    public Page<SavedView> list(Program program, PageRequest page) {
        return store.list(program.key(), page);
    }

    /**
     * Saves a view for the actor.
     *
     * @param query the view's query string ({@link ViewQuery#parseQueryString})
     * @throws ValidationException with problems for {@code name} and {@code query}; nothing is stored
     */
    public SavedView save(Actor actor, Program program, String name, String query) {
        FieldErrors errors = new FieldErrors();
        String trimmed = name == null ? "" : name.strip();
        errors.check(trimmed.isEmpty(), "name", E + "name.required");
        errors.check(trimmed.length() > MAX_NAME, "name", E + "name.length", MAX_NAME);
        errors.check(trimmed.chars().anyMatch(Character::isISOControl), "name", E + "name.control");
        ViewQuery parsed = null;
        try {
            parsed = ViewQuery.parseQueryString(query == null ? "" : query);
        } catch (ValidationException e) {
            Map.Entry<String, Problem> first = e.fieldProblems().entrySet().iterator().next();
            errors.add("query", first.getValue().key(), first.getValue().argumentArray());
        }
        if (!errors.has("name") && store.exists(program.key(), actor.username(), trimmed)) {
            errors.add("name", E + "name.taken", trimmed);
        }
        errors.check(store.count(program.key(), actor.username()) >= MAX_PER_OWNER, "name", E + "limit",
                MAX_PER_OWNER);
        errors.throwIfAny();
        return store.create(new SavedView(0, program.key(), trimmed, actor.username(), parsed, clock.instant()));
    }

    /**
     * Deletes one of the program's saved views.
     *
     * @throws NotFoundException when the program has no view with this id
     * @throws ForbiddenException when the actor is neither its owner, an owner of the program nor an administrator
     */
    public void delete(Actor actor, Program program, long id) {
        SavedView view = store.find(id).filter(v -> v.programKey().equals(program.key()))
                .orElseThrow(() -> new NotFoundException(Problem.of(E + "not.found", id, program.key())));
        if (!mayDelete(actor, program, view)) {
            throw new ForbiddenException(Problem.of(E + "not.owner", view.name()));
        }
        store.delete(id);
    }

    /** Whether the actor may delete the view: its owner, an owner of the program, or an administrator. */
    public static boolean mayDelete(Actor actor, Program program, SavedView view) {
        return actor.admin() || view.owner().equals(actor.username()) || program.owners().contains(actor.username());
    }
}
