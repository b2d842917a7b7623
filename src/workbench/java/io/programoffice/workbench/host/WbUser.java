package io.programoffice.workbench.host;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Objects;

/** A workbench user: always active; the key is the username. Equal when all fields are equal. */
public final class WbUser implements ApplicationUser {
    private final String username;
    private final String displayName;
    private final boolean admin;

    /**
     * @param username the login name, also the key
     * @param displayName the full name
     * @param admin whether the user is an administrator (who browses every project)
     */
    public WbUser(String username, String displayName, boolean admin) {
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.admin = admin;
    }

    /** @return the username */
    @Override
    public String getKey() {
        return username;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getDisplayName() {
        return displayName;
    }

    /** @return always {@code true} */
    @Override
    public boolean isActive() {
        return true;
    }

    /** @return whether the user is an administrator */
    public boolean isAdmin() {
        return admin;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WbUser other && username.equals(other.username)
                && displayName.equals(other.displayName) && admin == other.admin;
    }

    @Override
    public int hashCode() {
        return Objects.hash(username, displayName, admin);
    }

    @Override
    public String toString() {
        return username + "(" + username + ")";
    }
}
