package io.programoffice.workbench.host;

import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
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
 * The workbench's issue link types, read from {@code LINK_TYPE} on every call (one query). The workbench has no
 * system link types, so every type is listed. Thread-safe.
 */
public final class WbIssueLinkTypeManager implements IssueLinkTypeManager {
    private final WorkbenchDatabase db;

    /** @param db the workbench database */
    public WbIssueLinkTypeManager(WorkbenchDatabase db) {
        this.db = db;
    }

    /**
     * @return every link type, ordered by name (case-insensitive); an unmodifiable list
     * @throws WorkbenchDataException on a database failure
     */
    @Override
    public Collection<IssueLinkType> getIssueLinkTypes() {
        try (Connection connection = db.connection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT ID, NAME, INWARD, OUTWARD FROM LINK_TYPE ORDER BY UPPER(NAME), ID")) {
            List<IssueLinkType> types = new ArrayList<>();
            while (row.next()) {
                types.add(new WbIssueLinkType(row.getLong("ID"), row.getString("NAME"), row.getString("INWARD"),
                        row.getString("OUTWARD")));
            }
            return List.copyOf(types);
        } catch (SQLException e) {
            throw new WorkbenchDataException("Cannot read issue link types", e);
        }
    }

    /**
     * @return the link types with this name (ignoring case, as the workbench's names are unique that way)
     * @throws WorkbenchDataException on a database failure
     */
    @Override
    public Collection<IssueLinkType> getIssueLinkTypesByName(String name) {
        return getIssueLinkTypes().stream().filter(t -> t.getName().equalsIgnoreCase(name)).toList();
    }
}
