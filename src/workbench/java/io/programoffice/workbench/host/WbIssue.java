package io.programoffice.workbench.host;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One workbench issue as read from the database: an immutable snapshot. Components, parents and original estimates
 * are not kept by the workbench (absent). Story Points ({@value #STORY_POINTS_FIELD}) has its own column; other custom
 * fields' values come from {@code ISSUE_FIELD_VALUE}: a {@link Double}, a {@link String} or a {@link Timestamp} (a
 * date, midnight server time), the transport objects Jira's number, text and date fields hand over.
 *
 * @param id the issue id
 * @param key the issue key
 * @param summary the summary
 * @param project its project
 * @param issueType the issue type's name
 * @param status its status
 * @param created creation time
 * @param updated last update time
 * @param fixVersions fix versions
 * @param assignee the assignee, or null
 * @param storyPoints story points, or null
 * @param securityLevelId the issue security level, or null
 * @param dueDate the due date (midnight, server time), or null
 * @param resolved when it entered a done status, or null while it is not done
 * @param fieldValues other custom fields' values by field id (absent: no value)
 */
public record WbIssue(Long id, String key, String summary, WbProject project, String issueType, WbStatus status, Timestamp created,
                      Timestamp updated, List<Version> fixVersions, ApplicationUser assignee, Double storyPoints,
                      Long securityLevelId, Timestamp dueDate, Timestamp resolved, Map<String, Object> fieldValues)
        implements MutableIssue {
    /** The workbench's Story Points field. */
    public static final String STORY_POINTS_FIELD = "customfield_10002";

    public WbIssue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(status, "status");
        fixVersions = List.copyOf(fixVersions);
        created = new Timestamp(created.getTime());
        updated = new Timestamp(updated.getTime());
        dueDate = dueDate == null ? null : new Timestamp(dueDate.getTime());
        resolved = resolved == null ? null : new Timestamp(resolved.getTime());
        fieldValues = Map.copyOf(fieldValues);
    }

    @Override
    public Timestamp getDueDate() {
        return dueDate == null ? null : new Timestamp(dueDate.getTime());
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getSummary() {
        return summary;
    }

    @Override
    public WbProject getProjectObject() {
        return project;
    }

    @Override
    public Long getProjectId() {
        return project.getId();
    }

    @Override
    public WbStatus getStatusObject() {
        return status;
    }

    @Override
    public IssueType getIssueTypeObject() {
        return new IssueType() {
            @Override
            public String getId() {
                return issueType;
            }

            @Override
            public String getName() {
                return issueType;
            }
        };
    }

    @Override
    public Timestamp getCreated() {
        return new Timestamp(created.getTime());
    }

    @Override
    public Timestamp getUpdated() {
        return new Timestamp(updated.getTime());
    }

    @Override
    public Timestamp getResolutionDate() {
        return resolved == null ? null : new Timestamp(resolved.getTime());
    }

    @Override
    public Collection<Version> getFixVersions() {
        return fixVersions;
    }

    @Override
    public Collection<ProjectComponent> getComponents() {
        return List.of();
    }

    @Override
    public ApplicationUser getAssignee() {
        return assignee;
    }

    @Override
    public Long getParentId() {
        return null;
    }

    @Override
    public Long getOriginalEstimate() {
        return null;
    }

    @Override
    public Object getCustomFieldValue(CustomField customField) {
        if (customField == null) {
            return null;
        }
        if (STORY_POINTS_FIELD.equals(customField.getId())) {
            return storyPoints;
        }
        Object value = fieldValues.get(customField.getId());
        return value instanceof Timestamp t ? new Timestamp(t.getTime()) : value;
    }

    @Override
    public Long getSecurityLevelId() {
        return securityLevelId;
    }
}
