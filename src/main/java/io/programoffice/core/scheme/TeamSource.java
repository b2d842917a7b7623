package io.programoffice.core.scheme;

import java.util.Objects;

/**
 * Where a scheme reads an issue's team from.
 *
 * @param kind    a custom field, the component, or its project
 * @param fieldId the custom field id for {@link Kind#FIELD}; null otherwise
 */
public record TeamSource(Kind kind, String fieldId) {
    /** The kinds of team source. */
    public enum Kind { FIELD, COMPONENT, PROJECT }

    /** Each project is a team: the default. */
    public static final TeamSource PROJECT = new TeamSource(Kind.PROJECT, null);

    public TeamSource {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.FIELD) != (fieldId != null)) {
            throw new IllegalArgumentException("a field id is needed for a field team source, and only for it");
        }
    }
}
