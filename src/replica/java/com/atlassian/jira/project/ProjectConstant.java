package com.atlassian.jira.project;

/** Compile-only replica of Jira 11.3's ProjectConstant: signatures only, no behaviour; never shipped. */
// source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/project/ProjectConstant.java
public interface ProjectConstant {
    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/project/ProjectConstant.java
    String getName();

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/project/ProjectConstant.java
    Long getProjectId();
}
