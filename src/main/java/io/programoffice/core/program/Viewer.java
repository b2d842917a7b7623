package io.programoffice.core.program;

import java.util.Objects;

/**
 * The person looking at a program page or calling the REST API, as the core needs to know them.
 *
 * @param username    the login name
 * @param displayName the full name to show
 */
public record Viewer(String username, String displayName) {
    public Viewer {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
    }
}
