package io.programoffice.workbench.host;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent;
import com.atlassian.jira.event.issue.link.IssueLinkDeletedEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import io.programoffice.workbench.data.WorkbenchDataException;
import io.programoffice.workbench.data.WorkbenchDatabase;
import java.lang.reflect.Constructor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Changes workbench issues and links as Jira's issue services do: writes the database (touching {@code UPDATED} of
 * every issue concerned), then publishes the event Jira publishes on this node ({@link IssueEvent} with the
 * updated, deleted or moved event type, {@link IssueLinkCreatedEvent}, {@link IssueLinkDeletedEvent}).
 * {@link #silently()} gives an editor that writes without publishing: what a change made on another cluster node
 * looks like here. Thread-safe.
 */
public final class WbIssueEditor {
    /** Jira's "Issue Created" event type. */
    public static final long ISSUE_CREATED = 1L;
    /** Jira's "Issue Updated" event type. */
    public static final long ISSUE_UPDATED = 2L;

    private final WorkbenchDatabase db;
    private final WbIssueStore issues;
    private final WbIssueLinkManager links;
    private final WbEventPublisher events;

    /**
     * @param events where events go; null for an editor that publishes none
     */
    public WbIssueEditor(WorkbenchDatabase db, WbIssueStore issues, WbIssueLinkManager links, WbEventPublisher events) {
        this.db = Objects.requireNonNull(db, "db");
        this.issues = Objects.requireNonNull(issues, "issues");
        this.links = Objects.requireNonNull(links, "links");
        this.events = events;
    }

    /** The same editor without events: another node's change. */
    public WbIssueEditor silently() {
        return new WbIssueEditor(db, issues, links, null);
    }

    /**
     * Sets columns of one issue ({@code SUMMARY}, {@code ASSIGNEE}, {@code STORY_POINTS}, {@code STATUS_ID},
     * {@code SECURITY_LEVEL_ID}); a null value clears the column.
     *
     * @throws NoSuchElementException when there is no such issue
     */
    public WbIssue update(String key, Map<String, Object> columns) {
        for (String column : columns.keySet()) {
            if (!List.of("SUMMARY", "ASSIGNEE", "STORY_POINTS", "STATUS_ID", "SECURITY_LEVEL_ID").contains(column)) {
                throw new IllegalArgumentException("The workbench cannot edit " + column);
            }
        }
        WbIssue issue = require(key);
        StringBuilder sql = new StringBuilder("UPDATE ISSUE SET UPDATED = ?");
        columns.keySet().forEach(c -> sql.append(", ").append(c).append(" = ?"));
        sql.append(" WHERE ID = ?");
        try (Connection c = db.connection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            int i = 1;
            s.setTimestamp(i++, now());
            for (Object value : columns.values()) {
                s.setObject(i++, value);
            }
            s.setLong(i, issue.id());
            s.executeUpdate();
            if (columns.containsKey("STATUS_ID")) {
                resolve(c, issue.id());
            }
        } catch (SQLException e) {
            throw new WorkbenchDataException("Cannot update " + key, e);
        }
        return changed(issue.id(), ISSUE_UPDATED);
    }

    /**
     * Creates an issue in the project with the next number there, in the first "To Do" status, with these custom
     * field values ({@link #writeFieldValues}); publishes the created event.
     *
     * @throws NoSuchElementException when there is no such project
     */
    public WbIssue create(long projectId, String issueType, String summary, String description, String reporter,
                          String assignee, Map<String, Object> fieldValues) {
        long id;
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                String projectKey;
                try (PreparedStatement p = c.prepareStatement("SELECT PKEY FROM PROJECT WHERE ID = ?")) {
                    p.setLong(1, projectId);
                    try (ResultSet r = p.executeQuery()) {
                        if (!r.next()) {
                            throw new NoSuchElementException("No project " + projectId);
                        }
                        projectKey = r.getString(1);
                    }
                }
                int number;
                try (Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("SELECT COALESCE(MAX(ID), 0) + 1, (SELECT COALESCE(MAX(NUM), 0) + 1"
                             + " FROM ISSUE WHERE PROJECT_ID = " + projectId + ") FROM ISSUE")) {
                    r.next();
                    id = r.getLong(1);
                    number = r.getInt(2);
                }
                try (PreparedStatement insert = c.prepareStatement("""
                        INSERT INTO ISSUE (ID, PROJECT_ID, NUM, IKEY, SUMMARY, ISSUE_TYPE, STATUS_ID, ASSIGNEE, CREATED,
                            UPDATED, DESCRIPTION, REPORTER)
                        VALUES (?, ?, ?, ?, ?, ?, (SELECT MIN(st.ID) FROM STATUS st JOIN STATUS_CATEGORY sc
                            ON sc.ID = st.CATEGORY_ID WHERE sc.CKEY = 'new'), ?, ?, ?, ?, ?)""")) {
                    Timestamp now = now();
                    insert.setLong(1, id);
                    insert.setLong(2, projectId);
                    insert.setInt(3, number);
                    insert.setString(4, projectKey + "-" + number);
                    insert.setString(5, summary);
                    insert.setString(6, issueType);
                    insert.setObject(7, assignee, java.sql.Types.VARCHAR);
                    insert.setTimestamp(8, now);
                    insert.setTimestamp(9, now);
                    insert.setObject(10, description, java.sql.Types.VARCHAR);
                    insert.setObject(11, reporter, java.sql.Types.VARCHAR);
                    insert.executeUpdate();
                }
                writeFieldValues(c, id, fieldValues);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new WorkbenchDataException("Cannot create an issue in project " + projectId, e);
        }
        return changed(id, ISSUE_CREATED);
    }

    /**
     * Sets custom field values of one issue (other than Story Points): a {@link Number}, a {@link String} or a
     * {@link java.time.LocalDate} per field id; a null value clears the field.
     *
     * @throws NoSuchElementException when there is no such issue
     */
    public WbIssue setFieldValues(String key, Map<String, Object> values) {
        WbIssue issue = require(key);
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                writeFieldValues(c, issue.id(), values);
                try (PreparedStatement touch = c.prepareStatement("UPDATE ISSUE SET UPDATED = ? WHERE ID = ?")) {
                    touch.setTimestamp(1, now());
                    touch.setLong(2, issue.id());
                    touch.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new WorkbenchDataException("Cannot set the field values of " + key, e);
        }
        return changed(issue.id(), ISSUE_UPDATED);
    }

    /** Writes (or, for null, deletes) custom field values of an issue in the caller's transaction. */
    static void writeFieldValues(Connection c, long issueId, Map<String, Object> values) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM ISSUE_FIELD_VALUE WHERE ISSUE_ID = ? AND FIELD_ID = ?");
             PreparedStatement merge = c.prepareStatement("MERGE INTO ISSUE_FIELD_VALUE (ISSUE_ID, FIELD_ID,"
                     + " NUM_VALUE, TEXT_VALUE, DATE_VALUE) KEY (ISSUE_ID, FIELD_ID) VALUES (?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, Object> e : values.entrySet()) {
                Object v = e.getValue();
                if (v == null) {
                    delete.setLong(1, issueId);
                    delete.setString(2, e.getKey());
                    delete.executeUpdate();
                    continue;
                }
                merge.setLong(1, issueId);
                merge.setString(2, e.getKey());
                merge.setObject(3, v instanceof Number n ? n.doubleValue() : null, java.sql.Types.DOUBLE);
                merge.setObject(4, v instanceof String t ? t : null, java.sql.Types.VARCHAR);
                merge.setObject(5, v instanceof java.time.LocalDate d ? java.sql.Date.valueOf(d) : null,
                        java.sql.Types.DATE);
                if (!(v instanceof Number || v instanceof String || v instanceof java.time.LocalDate)) {
                    throw new IllegalArgumentException("The workbench keeps numbers, texts and dates, not " + v);
                }
                merge.executeUpdate();
            }
        }
    }

    /**
     * Keeps the issue's resolution date as Jira does: set when its status enters the done category (kept while it
     * stays there), cleared when it leaves it.
     */
    private void resolve(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE ISSUE SET RESOLVED = CASE WHEN (SELECT sc.CKEY FROM STATUS st
                    JOIN STATUS_CATEGORY sc ON sc.ID = st.CATEGORY_ID WHERE st.ID = ISSUE.STATUS_ID) = 'done'
                    THEN COALESCE(RESOLVED, ?) ELSE NULL END WHERE ID = ?""")) {
            s.setTimestamp(1, now());
            s.setLong(2, id);
            s.executeUpdate();
        }
    }

    /** Replaces the issue's fix versions with these version ids (of its project). */
    public WbIssue setFixVersions(String key, List<Long> versionIds) {
        WbIssue issue = require(key);
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM ISSUE_FIX_VERSION WHERE ISSUE_ID = ?");
                 PreparedStatement insert = c.prepareStatement(
                         "INSERT INTO ISSUE_FIX_VERSION (ISSUE_ID, VERSION_ID) VALUES (?, ?)");
                 PreparedStatement touch = c.prepareStatement("UPDATE ISSUE SET UPDATED = ? WHERE ID = ?")) {
                delete.setLong(1, issue.id());
                delete.executeUpdate();
                for (Long v : versionIds) {
                    insert.setLong(1, issue.id());
                    insert.setLong(2, v);
                    insert.executeUpdate();
                }
                touch.setTimestamp(1, now());
                touch.setLong(2, issue.id());
                touch.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new WorkbenchDataException("Cannot set the fix versions of " + key, e);
        }
        return changed(issue.id(), ISSUE_UPDATED);
    }

    /**
     * Moves the issue to another project: a new key there (next number), fix versions dropped, as Jira's move does.
     */
    public WbIssue move(String key, String projectKey) {
        WbIssue issue = require(key);
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement project = c.prepareStatement("SELECT ID FROM PROJECT WHERE PKEY = ?")) {
                project.setString(1, projectKey);
                long projectId;
                try (ResultSet r = project.executeQuery()) {
                    if (!r.next()) {
                        throw new NoSuchElementException("No project " + projectKey);
                    }
                    projectId = r.getLong(1);
                }
                int number;
                try (PreparedStatement max = c.prepareStatement(
                        "SELECT COALESCE(MAX(NUM), 0) + 1 FROM ISSUE WHERE PROJECT_ID = ?")) {
                    max.setLong(1, projectId);
                    try (ResultSet r = max.executeQuery()) {
                        r.next();
                        number = r.getInt(1);
                    }
                }
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM ISSUE_FIX_VERSION WHERE ISSUE_ID = " + issue.id());
                }
                try (PreparedStatement update = c.prepareStatement(
                        "UPDATE ISSUE SET PROJECT_ID = ?, NUM = ?, IKEY = ?, UPDATED = ? WHERE ID = ?")) {
                    update.setLong(1, projectId);
                    update.setInt(2, number);
                    update.setString(3, projectKey + "-" + number);
                    update.setTimestamp(4, now());
                    update.setLong(5, issue.id());
                    update.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new WorkbenchDataException("Cannot move " + key, e);
        }
        return changed(issue.id(), EventType.ISSUE_MOVED_ID);
    }

    /** Deletes the issue with its links and fix versions; publishes the deleted event with the issue as it was. */
    public void delete(String key) {
        WbIssue issue = require(key);
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM ISSUE_LINK WHERE SOURCE_ID = " + issue.id() + " OR DESTINATION_ID = "
                        + issue.id());
                s.executeUpdate("DELETE FROM ISSUE_FIX_VERSION WHERE ISSUE_ID = " + issue.id());
                s.executeUpdate("DELETE FROM ISSUE WHERE ID = " + issue.id());
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new WorkbenchDataException("Cannot delete " + key, e);
        }
        publish(issueEvent(issue, EventType.ISSUE_DELETED_ID));
    }

    /**
     * Links two issues: {@code source} is the link's source (outward end), as Jira's issue link manager takes it.
     *
     * @return the new link
     * @throws NoSuchElementException for an unknown issue or link type
     */
    public WbIssueLink link(String typeName, String sourceKey, String destinationKey) {
        WbIssue source = require(sourceKey);
        WbIssue destination = require(destinationKey);
        long type;
        try (Connection c = db.connection();
             PreparedStatement t = c.prepareStatement("SELECT ID FROM LINK_TYPE WHERE UPPER(NAME) = UPPER(?)")) {
            t.setString(1, typeName);
            try (ResultSet r = t.executeQuery()) {
                if (!r.next()) {
                    throw new NoSuchElementException("No issue link type named '" + typeName + "'");
                }
                type = r.getLong(1);
            }
        } catch (SQLException e) {
            throw new WorkbenchDataException("Cannot link " + sourceKey + " and " + destinationKey, e);
        }
        return link(type, source.id(), destination.id());
    }

    /**
     * Links two issues by ids: {@code sourceId} is the link's source (outward end).
     *
     * @return the new link
     * @throws NoSuchElementException for an unknown issue or link type
     * @throws IllegalArgumentException for a link of an issue to itself
     */
    public WbIssueLink link(long typeId, long sourceId, long destinationId) {
        if (sourceId == destinationId) {
            throw new IllegalArgumentException("An issue cannot be linked to itself");
        }
        if (issues.byIds(List.of(sourceId, destinationId)).size() != 2) {
            throw new NoSuchElementException("Issue Does Not Exist");
        }
        long id;
        try (Connection c = db.connection()) {
            try (PreparedStatement t = c.prepareStatement("SELECT ID FROM LINK_TYPE WHERE ID = ?")) {
                t.setLong(1, typeId);
                try (ResultSet r = t.executeQuery()) {
                    if (!r.next()) {
                        throw new NoSuchElementException("No issue link type with id " + typeId);
                    }
                }
            }
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT COALESCE(MAX(ID), 9999) + 1 FROM ISSUE_LINK")) {
                r.next();
                id = r.getLong(1);
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO ISSUE_LINK (ID, LINK_TYPE_ID, SOURCE_ID, DESTINATION_ID) VALUES (?, ?, ?, ?)")) {
                insert.setLong(1, id);
                insert.setLong(2, typeId);
                insert.setLong(3, sourceId);
                insert.setLong(4, destinationId);
                insert.executeUpdate();
            }
            touch(c, sourceId, destinationId);
        } catch (SQLException e) {
            throw new WorkbenchDataException("Cannot link issues " + sourceId + " and " + destinationId, e);
        }
        WbIssueLink link = links.byId(id);
        publish(new IssueLinkCreatedEvent(link, Instant.now()));
        return link;
    }

    /**
     * Deletes a link.
     *
     * @throws NoSuchElementException when there is no such link
     */
    public void unlink(long linkId) {
        WbIssueLink link = links.byId(linkId);
        if (link == null) {
            throw new NoSuchElementException("No issue link with id " + linkId);
        }
        try (Connection c = db.connection()) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM ISSUE_LINK WHERE ID = " + linkId);
            }
            touch(c, link.sourceId(), link.destinationId());
        } catch (SQLException e) {
            throw new WorkbenchDataException("Cannot delete link " + linkId, e);
        }
        publish(new IssueLinkDeletedEvent(link, Instant.now()));
    }

    /**
     * @throws NoSuchElementException when there is no such issue
     */
    public WbIssue require(String key) {
        WbIssue issue = issues.byKey(key);
        if (issue == null) {
            throw new NoSuchElementException("Issue Does Not Exist");
        }
        return issue;
    }

    private WbIssue changed(long id, Long eventType) {
        WbIssue now = issues.byIds(List.of(id)).get(0);
        publish(issueEvent(now, eventType));
        return now;
    }

    private void publish(Object event) {
        if (events != null) {
            events.publish(event);
        }
    }

    private static void touch(Connection c, long... ids) throws SQLException {
        try (PreparedStatement touch = c.prepareStatement("UPDATE ISSUE SET UPDATED = ? WHERE ID = ?")) {
            for (long id : ids) {
                touch.setTimestamp(1, now());
                touch.setLong(2, id);
                touch.executeUpdate();
            }
        }
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    /**
     * An {@link IssueEvent} as Jira publishes it. The replica declares no public constructor (the reference list
     * has none), so the host builds it reflectively.
     */
    static IssueEvent issueEvent(Issue issue, Long eventTypeId) {
        try {
            Constructor<IssueEvent> constructor = IssueEvent.class.getDeclaredConstructor(Issue.class, Long.class);
            constructor.setAccessible(true);
            return constructor.newInstance(issue, eventTypeId);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create an IssueEvent", e);
        }
    }
}
