package io.programoffice.core.program;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A program: a key (like a Jira project key), a name, a description, owners and stakeholders (usernames), the scheme
 * it uses, its scope, whether it is archived, and the version used for optimistic locking. Validated on
 * construction; immutable and thread-safe.
 *
 * @param key          2–10 characters: an upper-case letter, then upper-case letters, digits or {@code _}
 * @param name         1–255 characters, not blank
 * @param description  at most {@link #MAX_DESCRIPTION} characters, may be empty
 * @param owners       usernames of the people who run it
 * @param stakeholders usernames of the people who follow it
 * @param schemeId     the scheme's id, 0 when none is set
 * @param scope        projects and/or JQL
 * @param archived     whether it is archived
 * @param version      storage version, 0 before it is stored
 */
public record Program(String key, String name, String description, List<String> owners, List<String> stakeholders,
                      long schemeId, ProgramScope scope, boolean archived, int version) {
    /** The key rule. */
    public static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{1,9}");
    /** Jira's project key rule, loosely: an upper-case letter, then upper-case letters, digits or {@code _}. */
    public static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");
    /** Longest allowed name. */
    public static final int MAX_NAME_LENGTH = 255;
    /** Longest allowed description. */
    public static final int MAX_DESCRIPTION = 4000;

    public Program {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(scope, "scope");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Program key '" + key
                    + "' must be 2-10 characters: an upper-case letter, then upper-case letters, digits or _");
        }
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("Program name must be 1-" + MAX_NAME_LENGTH + " characters");
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("Program description must be at most " + MAX_DESCRIPTION + " characters");
        }
        for (String projectKey : scope.projects()) {
            if (projectKey == null || !PROJECT_KEY.matcher(projectKey).matches()) {
                throw new IllegalArgumentException("'" + projectKey + "' is not a valid project key");
            }
        }
        owners = List.copyOf(owners);
        stakeholders = List.copyOf(stakeholders);
    }

    /** A program over {@code projectKeys} with nothing else set (no scheme, not stored yet). */
    public Program(String key, String name, List<String> projectKeys) {
        this(key, name, "", List.of(), List.of(), 0, ProgramScope.projects(requireProjects(projectKeys)), false, 0);
    }

    private static List<String> requireProjects(List<String> projectKeys) {
        if (projectKeys.isEmpty()) {
            throw new IllegalArgumentException("A program needs at least one project");
        }
        return projectKeys;
    }

    /** The team projects in scope, in order. */
    public List<String> projectKeys() {
        return scope.projects();
    }

    /** This program as stored at {@code newVersion}. */
    public Program withVersion(int newVersion) {
        return new Program(key, name, description, owners, stakeholders, schemeId, scope, archived, newVersion);
    }

    /** This program archived or restored. */
    public Program withArchived(boolean nowArchived) {
        return new Program(key, name, description, owners, stakeholders, schemeId, scope, nowArchived, version);
    }
}
