package io.programoffice.workbench.host;

import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import io.programoffice.workbench.data.WorkbenchDataException;
import io.programoffice.workbench.data.WorkbenchDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The workbench's issue types: Jira's standard ones (Epic, Story, Task, Bug, Sub-task) and Risk, with every type an
 * issue of the workbench has, read on every call (one query). The workbench keeps an issue's type by name, which is
 * also its id here. Thread-safe.
 */
public final class WbConstantsManager implements ConstantsManager {
    /** The types every workbench has, issues or not. */
    static final List<String> STANDARD = List.of("Epic", "Story", "Task", "Bug", "Sub-task", "Risk");
    private final WorkbenchDatabase db;

    /** @param db the workbench database */
    public WbConstantsManager(WorkbenchDatabase db) {
        this.db = db;
    }

    @Override
    public Collection<IssueType> getAllIssueTypeObjects() {
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(STANDARD);
        try (Connection connection = db.connection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT DISTINCT ISSUE_TYPE FROM ISSUE")) {
            while (row.next()) {
                names.add(row.getString(1));
            }
        } catch (SQLException e) {
            throw new WorkbenchDataException("Cannot read issue types", e);
        }
        List<IssueType> out = new ArrayList<>();
        for (String name : names) {
            out.add(new IssueType() {
                @Override
                public String getId() {
                    return name;
                }

                @Override
                public String getName() {
                    return name;
                }
            });
        }
        return List.copyOf(out);
    }
}
