package com.atlassian.jira.issue;

/**
 * Compile-only replica of Jira 11.3's IssueConstant: signatures only, no behaviour; never shipped. The real type has
 * more supertypes and members, which the plugin does not use.
 */
public interface IssueConstant {
    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/IssueConstant.java
    String getId();

    String getName();
}
