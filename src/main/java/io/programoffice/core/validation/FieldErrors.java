package io.programoffice.core.validation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects validation problems: at most one per field (the first wins) and any number of general ones. Fields use
 * dotted paths into the request ({@code "scope.projects"}, {@code "dependencyLinkTypes[1].lagDays"}). Not
 * thread-safe; build, then {@link #throwIfAny()}.
 */
public final class FieldErrors {
    private final Map<String, Problem> fields = new LinkedHashMap<>();
    private final List<Problem> general = new ArrayList<>();

    /** Records a problem for {@code field} unless that field already has one. */
    public FieldErrors add(String field, String key, Serializable... arguments) {
        fields.putIfAbsent(field, Problem.of(key, arguments));
        return this;
    }

    /** Records a problem for {@code field} when {@code problem} holds. */
    public FieldErrors check(boolean problem, String field, String key, Serializable... arguments) {
        return problem ? add(field, key, arguments) : this;
    }

    /** Records a problem that belongs to no single field. */
    public FieldErrors general(String key, Serializable... arguments) {
        general.add(Problem.of(key, arguments));
        return this;
    }

    /** Whether {@code field} has a problem already. */
    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public boolean isEmpty() {
        return fields.isEmpty() && general.isEmpty();
    }

    public Map<String, Problem> fields() {
        return Collections.unmodifiableMap(fields);
    }

    public List<Problem> general() {
        return Collections.unmodifiableList(general);
    }

    /** Throws a {@link ValidationException} carrying everything collected, if anything was. */
    public void throwIfAny() {
        if (!isEmpty()) {
            throw new ValidationException(this);
        }
    }
}
