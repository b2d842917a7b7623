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

/** The workbench's projects, read from the {@code PROJECT} table on every call. */
public final class WbProjectManager implements ProjectManager {
    private static final String COLUMNS = "SELECT ID, PKEY, NAME, LEAD FROM PROJECT";

    private final WorkbenchDatabase db;

    /** @param db the workbench database */
    public WbProjectManager(WorkbenchDatabase db) {
        this.db = db;
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
        List<WbProject> found = query(COLUMNS + " WHERE PKEY = ?", key);
        return found.isEmpty() ? null : found.get(0);
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
        List<WbProject> found = query(COLUMNS + " WHERE ID = ?", id);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * @return every project, ordered by name (case-insensitive)
     * @throws WorkbenchDataException on a database failure
     */
    @Override
    public List<Project> getProjectObjects() {
        return List.copyOf(query(COLUMNS + " ORDER BY UPPER(NAME), ID"));
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
