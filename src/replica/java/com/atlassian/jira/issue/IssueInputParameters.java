package com.atlassian.jira.issue;

/** Compile-only replica of Jira 11.3's IssueInputParameters: signatures only, no behaviour; never shipped. */
// type: https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/issue/IssueInputParameters.html
// members: https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockIssueInputParameters.java (implements it, jira-api 8.8.1)
public interface IssueInputParameters {
    IssueInputParameters setProjectId(Long projectId);

    IssueInputParameters setIssueTypeId(String issueTypeId);

    IssueInputParameters setSummary(String summary);

    IssueInputParameters setDescription(String description);

    IssueInputParameters setReporterId(String reporterId);

    IssueInputParameters setAssigneeId(String assigneeId);

    IssueInputParameters addCustomFieldValue(String fullCustomFieldKey, String... values);

    void setSkipScreenCheck(boolean skipScreenCheck);
}
