package com.atlassian.jira.issue.status.category;

/** Compile-only replica of Jira 11.3's StatusCategory: signatures only, no behaviour; never shipped. */
public interface StatusCategory {
    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/status/category/StatusCategory.java
    String getKey();

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/status/category/StatusCategory.java
    String getName();
}
