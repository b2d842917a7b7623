package io.programoffice.core.program;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A program: a key (like a Jira project key), a display name, and its scope as the team projects whose issues it
 * aggregates. Validated on construction; immutable and thread-safe.
 *
 * @param key         2–10 characters, an upper-case letter then upper-case letters, digits or {@code _}
 * @param name        1–255 characters, not blank
 * @param projectKeys the team projects in scope, in the order given, without duplicates, at least one
 */
public record Program(String key, String name, List<String> projectKeys) {
    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{1,9}");
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");
    /** Longest allowed name. */
    public static final int MAX_NAME_LENGTH = 255;

    public Program {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(projectKeys, "projectKeys");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Program key '" + key
                    + "' must be 2-10 characters: an upper-case letter, then upper-case letters, digits or _");
        }
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("Program name must be 1-" + MAX_NAME_LENGTH + " characters");
        }
        if (projectKeys.isEmpty()) {
            throw new IllegalArgumentException("A program needs at least one project");
        }
        for (String projectKey : projectKeys) {
            if (projectKey == null || !PROJECT_KEY.matcher(projectKey).matches()) {
                throw new IllegalArgumentException("'" + projectKey + "' is not a valid project key");
            }
        }
        projectKeys = List.copyOf(new LinkedHashSet<>(projectKeys));
    }
}
