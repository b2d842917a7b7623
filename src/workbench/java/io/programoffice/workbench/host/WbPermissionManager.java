package io.programoffice.workbench.host;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import io.programoffice.workbench.data.WorkbenchDataException;
import io.programoffice.workbench.data.WorkbenchDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Project permissions of the workbench. {@link ProjectPermissions#BROWSE_PROJECTS} is granted to administrators
 * for every project and to other users for the projects listed for them in {@code PROJECT_BROWSER};
 * {@link ProjectPermissions#EDIT_ISSUES}, {@link ProjectPermissions#CREATE_ISSUES} and
 * {@link ProjectPermissions#LINK_ISSUES} to administrators and to a project's lead when they browse it (so in the
 * demo Alice edits and creates in APP and WEB, Bob in API and DATA: two teams answering each other's dependencies). Every other
 * project permission is granted to administrators only. Anonymous users (and usernames not in the directory) hold
 * no permission.
 */
public final class WbPermissionManager implements PermissionManager {
    private final WorkbenchDatabase db;
    private final WbUserDirectory users;
    private final HostCache<Long, Optional<String>> leads;
    private final HostCache<String, Set<Long>> browsable;

    /**
     * @param db the workbench database
     * @param users the user directory, which says who is an administrator
     */
    public WbPermissionManager(WorkbenchDatabase db, WbUserDirectory users) {
        this.db = db;
        this.users = users;
        this.leads = new HostCache<>(db, this::readLead);
        this.browsable = new HostCache<>(db, this::readBrowsable);
    }

    /**
     * @throws WorkbenchDataException on a database failure
     */
    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user) {
        if (permissionKey == null || project == null || project.getId() == null) {
            return false;
        }
        Optional<WbUser> known = known(user);
        if (known.isEmpty()) {
            return false;
        }
        if (known.get().isAdmin()) {
            return true;
        }
        if (ProjectPermissions.BROWSE_PROJECTS.equals(permissionKey)) {
            return browsableProjectIds(known.get()).contains(project.getId());
        }
        return (ProjectPermissions.EDIT_ISSUES.equals(permissionKey)
                || ProjectPermissions.CREATE_ISSUES.equals(permissionKey)
                || ProjectPermissions.LINK_ISSUES.equals(permissionKey))
                && browsableProjectIds(known.get()).contains(project.getId())
                && known.get().getUsername().equals(lead(project.getId()));
    }

    /** The project's lead's username, or null. */
    private String lead(long projectId) {
        return leads.get(projectId).orElse(null);
    }

    private Optional<String> readLead(long projectId) {
        try (Connection connection = db.connection();
                PreparedStatement select = connection.prepareStatement("SELECT LEAD FROM PROJECT WHERE ID = ?")) {
            select.setLong(1, projectId);
            try (ResultSet row = select.executeQuery()) {
                return Optional.ofNullable(row.next() ? row.getString(1) : null);
            }
        } catch (SQLException e) {
            throw new WorkbenchDataException("Cannot read the lead of project " + projectId, e);
        }
    }

    /**
     * @param user the user, or {@code null} for anonymous
     * @return the ids of the projects the user may browse, in ascending order: every project for an administrator,
     *     none for anonymous or an unknown username (kept in memory as Jira keeps its permission schemes, until the
     *     workbench writes host data: {@link HostCache})
     * @throws WorkbenchDataException on a database failure
     */
    public Set<Long> browsableProjectIds(ApplicationUser user) {
        Optional<WbUser> known = known(user);
        return known.isEmpty() ? Set.of() : browsable.get(known.get().getUsername());
    }

    private Set<Long> readBrowsable(String username) {
        Optional<WbUser> known = users.find(username);
        if (known.isEmpty()) {
            return Set.of();
        }
        boolean admin = known.get().isAdmin();
        String sql = admin
                ? "SELECT ID FROM PROJECT ORDER BY ID"
                : "SELECT PROJECT_ID FROM PROJECT_BROWSER WHERE USERNAME = ? ORDER BY PROJECT_ID";
        try (Connection connection = db.connection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            if (!admin) {
                select.setString(1, known.get().getUsername());
            }
            try (ResultSet row = select.executeQuery()) {
                Set<Long> ids = new LinkedHashSet<>();
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
                return Collections.unmodifiableSet(ids);
            }
        } catch (SQLException e) {
            throw new WorkbenchDataException("Cannot read the projects " + known.get().getUsername() + " browses", e);
        }
    }

    private Optional<WbUser> known(ApplicationUser user) {
        return user == null ? Optional.empty() : users.find(user.getUsername());
    }
}
