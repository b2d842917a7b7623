package io.programoffice.workbench.host;

import com.atlassian.jira.project.version.Version;
import io.programoffice.workbench.data.WorkbenchDatabase;
import io.programoffice.workbench.data.WorkbenchDataException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads workbench issues by id, in bulk: one query for the issues and one for their fix versions. Thread-safe. */
public final class WbIssueStore {
    private final WorkbenchDatabase db;
    private final WbUserDirectory users;

    public WbIssueStore(WorkbenchDatabase db, WbUserDirectory users) {
        this.db = db;
        this.users = users;
    }

    /** The issues with these ids that exist, in the order of {@code ids}. */
    public List<WbIssue> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
        Map<Long, List<Version>> versions = new HashMap<>();
        Map<Long, WbIssue> issues = new LinkedHashMap<>();
        Map<String, WbUser> assignees = new HashMap<>();
        Map<Long, Map<String, Object>> values = new HashMap<>();
        try (Connection c = db.connection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT ISSUE_ID, FIELD_ID, NUM_VALUE, TEXT_VALUE,"
                    + " DATE_VALUE FROM ISSUE_FIELD_VALUE WHERE ISSUE_ID IN (" + in + ")")) {
                bind(s, ids);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        double number = r.getDouble(3);
                        Object value = r.wasNull() ? null : (Object) number;
                        if (value == null) {
                            java.sql.Date date = r.getDate(5);
                            value = date != null ? Timestamp.valueOf(date.toLocalDate().atStartOfDay()) : r.getString(4);
                        }
                        if (value != null) {
                            values.computeIfAbsent(r.getLong(1), k -> new HashMap<>()).put(r.getString(2), value);
                        }
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT f.ISSUE_ID, v.ID, v.PROJECT_ID, v.NAME,"
                    + " v.RELEASE_DATE, v.RELEASED FROM ISSUE_FIX_VERSION f JOIN VERSION v ON v.ID = f.VERSION_ID"
                    + " WHERE f.ISSUE_ID IN (" + in + ") ORDER BY f.ISSUE_ID, v.ID")) {
                bind(s, ids);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        versions.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new WbVersion(
                                r.getLong(2), r.getLong(3), r.getString(4), r.getDate(5), r.getBoolean(6)));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT i.ID, i.IKEY, p.ID, p.PKEY, p.NAME, p.LEAD, i.ISSUE_TYPE, s.ID, s.NAME, sc.ID, sc.CKEY,
                           sc.NAME, sc.COLOR, i.CREATED, i.UPDATED, i.ASSIGNEE, i.STORY_POINTS, i.SECURITY_LEVEL_ID, i.SUMMARY, i.DUE_DATE,
                           i.RESOLVED
                    FROM ISSUE i JOIN PROJECT p ON p.ID = i.PROJECT_ID JOIN STATUS s ON s.ID = i.STATUS_ID
                    JOIN STATUS_CATEGORY sc ON sc.ID = s.CATEGORY_ID WHERE i.ID IN (""" + in + ")")) {
                bind(s, ids);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        long id = r.getLong(1);
                        String assignee = r.getString(16);
                        double points = r.getDouble(17);
                        Double storyPoints = r.wasNull() ? null : points;
                        long level = r.getLong(18);
                        Long levelId = r.wasNull() ? null : level;
                        java.sql.Date due = r.getDate(20);
                        issues.put(id, new WbIssue(id, r.getString(2), r.getString(19),
                                new WbProject(r.getLong(3), r.getString(4), r.getString(5), r.getString(6)),
                                r.getString(7), new WbStatus(r.getLong(8), r.getString(9),
                                        new WbStatusCategory(r.getLong(10), r.getString(11), r.getString(12),
                                                r.getString(13))),
                                r.getTimestamp(14), r.getTimestamp(15), versions.getOrDefault(id, List.of()),
                                assignee == null ? null : assignees.computeIfAbsent(assignee,
                                        u -> users.find(u).orElse(new WbUser(u, u, false))),
                                storyPoints, levelId, due == null ? null : Timestamp.valueOf(due.toLocalDate().atStartOfDay()),
                                r.getTimestamp(21), values.getOrDefault(id, Map.of())));
                    }
                }
            }
        } catch (SQLException e) {
            throw new WorkbenchDataException("Cannot read issues " + ids, e);
        }
        List<WbIssue> out = new ArrayList<>(issues.size());
        for (Long id : ids) {
            WbIssue issue = issues.get(id);
            if (issue != null) {
                out.add(issue);
            }
        }
        return out;
    }

    /** The issue with this key, or null. */
    public WbIssue byKey(String key) {
        try (Connection c = db.connection();
             PreparedStatement s = c.prepareStatement("SELECT ID FROM ISSUE WHERE UPPER(IKEY) = UPPER(?)")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? byIds(List.of(r.getLong(1))).stream().findFirst().orElse(null) : null;
            }
        } catch (SQLException e) {
            throw new WorkbenchDataException("Cannot read issue " + key, e);
        }
    }

    private static void bind(PreparedStatement s, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            s.setLong(i + 1, ids.get(i));
        }
    }
}
