package io.programoffice.workbench.host;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import io.programoffice.workbench.data.WorkbenchDataException;
import io.programoffice.workbench.data.WorkbenchDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The workbench's projects, read from the {@code PROJECT} table on every call. */
public final class WbProjectManager implements ProjectManager {
    private static final String COLUMNS = "SELECT ID, PKEY, NAME, LEAD FROM PROJECT";

    private final WorkbenchDatabase db;
    private final HostCache<String, Optional<WbProject>> byKey;
    private final HostCache<Long, Optional<WbProject>> byId;
    private final HostCache<Boolean, List<Project>> all;

    /** @param db the workbench database; projects are kept in memory as Jira does ({@link HostCache}) */
    public WbProjectManager(WorkbenchDatabase db) {
        this.db = db;
        this.byKey = new HostCache<>(db, key -> first(query(COLUMNS + " WHERE PKEY = ?", key)));
        this.byId = new HostCache<>(db, id -> first(query(COLUMNS + " WHERE ID = ?", id)));
        this.all = new HostCache<>(db, any -> List.copyOf(query(COLUMNS + " ORDER BY UPPER(NAME), ID")));
    }

    private static Optional<WbProject> first(List<WbProject> found) {
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * @param key a project key, matched exactly (project keys are upper case)
     * @return the project, or {@code null} when there is none with this key
     * @throws WorkbenchDataException on a database failure
     */
    @Override
    public WbProject getProjectByCurrentKey(String key) {
        if (key == null) {
            return null;
        }
        return byKey.get(key).orElse(null);
    }

    /**
     * @param id a project id
     * @return the project, or {@code null} when there is none with this id
     * @throws WorkbenchDataException on a database failure
     */
    public WbProject getProjectObj(Long id) {
        if (id == null) {
            return null;
        }
        return byId.get(id).orElse(null);
    }

    /**
     * @return every project, ordered by name (case-insensitive)
     * @throws WorkbenchDataException on a database failure
     */
    @Override
    public List<Project> getProjectObjects() {
        return all.get(Boolean.TRUE);
    }

    private List<WbProject> query(String sql, Object... parameters) {
        try (Connection connection = db.connection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                List<WbProject> projects = new ArrayList<>();
                while (row.next()) {
                    projects.add(new WbProject(row.getLong("ID"), row.getString("PKEY"), row.getString("NAME"),
                            row.getString("LEAD")));
                }
                return projects;
            }
        } catch (SQLException e) {
            throw new WorkbenchDataException("Cannot read projects", e);
        }
    }
}
