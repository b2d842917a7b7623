package com.atlassian.jira.bc.project.component;

/** Compile-only replica of Jira 11.3's ProjectComponent: signatures only, no behaviour; never shipped. */
// type: Issue#getComponents() returns Collection<ProjectComponent> in atlassian-labs/atlassian-slack-integration-server@94c50dce37981e8aca8f30188a6bb66504e1ce04:jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java
// member: https://docs.atlassian.com/software/jira/docs/api/9.4.0/com/atlassian/jira/bc/project/component/ProjectComponent.html (String getName())
public interface ProjectComponent {
    String getName();
}
