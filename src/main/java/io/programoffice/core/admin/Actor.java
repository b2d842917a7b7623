package io.programoffice.core.admin;

import java.util.Objects;

/**
 * Who is changing something, as the rules need to know them.
 *
 * @param username the login name, written to the audit log
 * @param admin    whether they are a Jira administrator
 */
public record Actor(String username, boolean admin) {
    public Actor {
        Objects.requireNonNull(username, "username");
    }
}
