package io.programoffice.workbench.host;

import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.project.version.VersionManager;
import io.programoffice.workbench.data.WorkbenchDataException;
import io.programoffice.workbench.data.WorkbenchDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The workbench's fixVersions from the {@code VERSION} table, in release-date order as Jira sequences them; kept in
 * memory per project as Jira does, until the workbench writes host data ({@link HostCache}). Lists are unmodifiable.
 */
public final class WbVersionManager implements VersionManager {
    private final WorkbenchDatabase db;
    private final HostCache<Long, List<Version>> byProject;

    public WbVersionManager(WorkbenchDatabase db) {
        this.db = db;
        this.byProject = new HostCache<>(db, this::read);
    }

    @Override
    public List<Version> getVersions(Long projectId) {
        return byProject.get(projectId);
    }

    private List<Version> read(Long projectId) {
        List<Version> versions = new ArrayList<>();
        try (Connection c = db.connection();
             PreparedStatement s = c.prepareStatement("SELECT ID, PROJECT_ID, NAME, RELEASE_DATE, RELEASED FROM VERSION"
                     + " WHERE PROJECT_ID = ? ORDER BY RELEASE_DATE NULLS LAST, ID")) {
            s.setLong(1, projectId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    java.sql.Date date = rs.getDate("RELEASE_DATE");
                    versions.add(new WbVersion(rs.getLong("ID"), rs.getLong("PROJECT_ID"), rs.getString("NAME"),
                            date == null ? null : new Date(date.getTime()), rs.getBoolean("RELEASED")));
                }
            }
        } catch (SQLException e) {
            throw new WorkbenchDataException("Cannot read the versions of project " + projectId, e);
        }
        return List.copyOf(versions);
    }
}
