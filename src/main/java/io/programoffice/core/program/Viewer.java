package io.programoffice.core.program;

import java.util.Objects;

/**
 * The person looking at a program page or calling the REST API, as the core needs to know them.
 *
 * @param username the login name
 */
public record Viewer(String username) {
    public Viewer {
        Objects.requireNonNull(username, "username");
    }
}
