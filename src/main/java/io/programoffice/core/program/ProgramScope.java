package io.programoffice.core.program;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * What a program covers: team projects and/or a JQL filter; its issues are the union of both. Immutable.
 *
 * @param projects project keys in the order given, without duplicates
 * @param jql      a JQL query, or null
 */
public record ProgramScope(List<String> projects, String jql) {
    public ProgramScope {
        Objects.requireNonNull(projects, "projects");
        projects = List.copyOf(new LinkedHashSet<>(projects));
        jql = jql == null || jql.isBlank() ? null : jql.strip();
        if (projects.isEmpty() && jql == null) {
            throw new IllegalArgumentException("A program needs at least one project or a JQL filter");
        }
    }

    /** A scope of projects only. */
    public static ProgramScope projects(List<String> projectKeys) {
        return new ProgramScope(projectKeys, null);
    }
}
