package io.programoffice.workbench.host;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import io.programoffice.workbench.data.WorkbenchDataException;
import io.programoffice.workbench.data.WorkbenchDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The workbench's custom fields, read from {@code CUSTOM_FIELD} on every call (one query). Thread-safe. */
public final class WbCustomFieldManager implements CustomFieldManager {
    private static final String COLUMNS = "SELECT ID, NAME, TYPE_KEY FROM CUSTOM_FIELD";

    private final WorkbenchDatabase db;

    /** @param db the workbench database */
    public WbCustomFieldManager(WorkbenchDatabase db) {
        this.db = db;
    }

    /**
     * @return every custom field, ordered by name (case-insensitive); an unmodifiable list
     * @throws WorkbenchDataException on a database failure
     */
    @Override
    public List<CustomField> getCustomFieldObjects() {
        return List.copyOf(query(COLUMNS + " ORDER BY UPPER(NAME), ID", null));
    }

    /**
     * @param id a field id such as {@code customfield_10002}, matched exactly
     * @return the field, or {@code null} when there is none with this id
     * @throws WorkbenchDataException on a database failure
     */
    @Override
    public WbCustomField getCustomFieldObject(String id) {
        if (id == null) {
            return null;
        }
        List<WbCustomField> found = query(COLUMNS + " WHERE ID = ?", id);
        return found.isEmpty() ? null : found.get(0);
    }

    private List<WbCustomField> query(String sql, String parameter) {
        try (Connection connection = db.connection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            if (parameter != null) {
                select.setString(1, parameter);
            }
            try (ResultSet row = select.executeQuery()) {
                List<WbCustomField> fields = new ArrayList<>();
                while (row.next()) {
                    fields.add(new WbCustomField(row.getString("ID"), row.getString("NAME"),
                            row.getString("TYPE_KEY")));
                }
                return fields;
            }
        } catch (SQLException e) {
            throw new WorkbenchDataException("Cannot read custom fields", e);
        }
    }
}
