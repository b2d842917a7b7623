package io.programoffice.workbench.host;

import io.programoffice.workbench.data.Passwords;
import io.programoffice.workbench.data.WorkbenchDataException;
import io.programoffice.workbench.data.WorkbenchDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The workbench's users, read from the {@code APP_USER} table. Usernames are matched exactly. Every call reads the
 * database, so users added later are seen at once.
 */
public final class WbUserDirectory {
    private static final String DUMMY_SALT = Passwords.newSalt();
    private static final String DUMMY_HASH = Passwords.hash(DUMMY_SALT, "");

    private final WorkbenchDatabase db;
    private final HostCache<String, Optional<WbUser>> byName;

    /** @param db the workbench database */
    public WbUserDirectory(WorkbenchDatabase db) {
        this.db = db;
        this.byName = new HostCache<>(db, this::read);
    }

    /**
     * Checks a password against the stored salted hash in constant time (an unknown username costs the same hash).
     *
     * @param username the login name
     * @param password the clear-text password
     * @return the user, when the username exists and the password matches
     * @throws WorkbenchDataException on a database failure
     */
    public Optional<WbUser> authenticate(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        try (Connection connection = db.connection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT USERNAME, DISPLAY_NAME, ADMIN, PASSWORD_SALT, PASSWORD_HASH FROM APP_USER"
                                + " WHERE USERNAME = ?")) {
            select.setString(1, username);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    Passwords.matches(DUMMY_SALT, DUMMY_HASH, password);
                    return Optional.empty();
                }
                WbUser user = user(row);
                return Passwords.matches(row.getString("PASSWORD_SALT"), row.getString("PASSWORD_HASH"), password)
                        ? Optional.of(user)
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkbenchDataException("Cannot authenticate " + username, e);
        }
    }

    /**
     * @param username the login name; {@code null} finds nobody
     * @return the user with this username (kept in memory as Jira's user cache does, until the workbench writes host
     *     data: {@link HostCache})
     * @throws WorkbenchDataException on a database failure
     */
    public Optional<WbUser> find(String username) {
        return username == null ? Optional.empty() : byName.get(username);
    }

    private Optional<WbUser> read(String username) {
        try (Connection connection = db.connection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT USERNAME, DISPLAY_NAME, ADMIN FROM APP_USER WHERE USERNAME = ?")) {
            select.setString(1, username);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(user(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkbenchDataException("Cannot read the user " + username, e);
        }
    }

    /**
     * @param username the login name
     * @return whether the user exists and is an administrator
     * @throws WorkbenchDataException on a database failure
     */
    public boolean isAdmin(String username) {
        return find(username).map(WbUser::isAdmin).orElse(false);
    }

    /**
     * @return every user, ordered by username
     * @throws WorkbenchDataException on a database failure
     */
    public List<WbUser> all() {
        try (Connection connection = db.connection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT USERNAME, DISPLAY_NAME, ADMIN FROM APP_USER ORDER BY USERNAME")) {
            List<WbUser> users = new ArrayList<>();
            while (row.next()) {
                users.add(user(row));
            }
            return users;
        } catch (SQLException e) {
            throw new WorkbenchDataException("Cannot read the users", e);
        }
    }

    private static WbUser user(ResultSet row) throws SQLException {
        return new WbUser(row.getString("USERNAME"), row.getString("DISPLAY_NAME"), row.getBoolean("ADMIN"));
    }
}
