package io.programoffice.core.release;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One team project's fixVersion as the core sees it.
 *
 * @param projectKey  the project
 * @param name        the version name, as the team typed it
 * @param releaseDate the planned or actual release date; null when the team set none
 * @param released    whether the team marked it released
 */
public record ProjectVersion(String projectKey, String name, LocalDate releaseDate, boolean released) {
    public ProjectVersion {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a version needs a name");
        }
    }
}
