package com.atlassian.jira.issue.issuetype;

import com.atlassian.jira.issue.IssueConstant;

/** Compile-only replica of Jira 11.3's IssueType: signatures only, no behaviour; never shipped. */
// type: implemented (as IssueType, an IssueConstant with getName()) in atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java
public interface IssueType extends IssueConstant {
}
