package com.atlassian.jira.issue;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.util.Collection;

/**
 * Compile-only replica of Jira 11.3's Issue: signatures only, no behaviour; never shipped. The real type has many
 * more members. Every member below is overridden (with these exact types) by an anonymous Issue in a plugin built
 * against jira-api 11.0.0: atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java
 * (the reference list still gives getStatus() and getIssueType() GenericValue returns from 6.3.15; that file shows
 * {@code Status getStatus()} and {@code IssueType getIssueType()} in Jira 11, next to the getStatusObject() and
 * getIssueTypeObject() used here, which the list does know).
 */
public interface Issue {
    Long getId();

    String getKey();

    String getSummary();

    Project getProjectObject();

    Long getProjectId();

    Status getStatusObject();

    IssueType getIssueTypeObject();

    Timestamp getCreated();

    Timestamp getUpdated();

    Timestamp getResolutionDate();

    Timestamp getDueDate();

    Collection<Version> getFixVersions();

    Collection<ProjectComponent> getComponents();

    ApplicationUser getAssignee();

    Long getParentId();

    Long getOriginalEstimate();

    Object getCustomFieldValue(CustomField customField);

    Long getSecurityLevelId();
}
