package io.programoffice.workbench.host;

import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.status.Status;
import io.programoffice.workbench.data.WorkbenchDataException;
import io.programoffice.workbench.data.WorkbenchDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The workbench's statuses, read from {@code STATUS} and {@code STATUS_CATEGORY} on every call (one query).
 * Thread-safe.
 */
public final class WbStatusManager implements StatusManager {
    private final WorkbenchDatabase db;

    /** @param db the workbench database */
    public WbStatusManager(WorkbenchDatabase db) {
        this.db = db;
    }

    /**
     * @return every status with its category, ordered by id; an unmodifiable list
     * @throws WorkbenchDataException on a database failure
     */
    @Override
    public Collection<Status> getStatuses() {
        try (Connection connection = db.connection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("""
                        SELECT s.ID, s.NAME, c.ID AS CATEGORY_ID, c.CKEY, c.NAME AS CATEGORY_NAME, c.COLOR
                        FROM STATUS s JOIN STATUS_CATEGORY c ON c.ID = s.CATEGORY_ID ORDER BY s.ID""")) {
            List<Status> statuses = new ArrayList<>();
            while (row.next()) {
                statuses.add(new WbStatus(row.getLong("ID"), row.getString("NAME"),
                        new WbStatusCategory(row.getLong("CATEGORY_ID"), row.getString("CKEY"),
                                row.getString("CATEGORY_NAME"), row.getString("COLOR"))));
            }
            return List.copyOf(statuses);
        } catch (SQLException e) {
            throw new WorkbenchDataException("Cannot read statuses", e);
        }
    }
}
