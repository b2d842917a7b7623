package com.atlassian.jira.issue.fields;

/** Compile-only replica of Jira 11.3's Field: signatures only, no behaviour; never shipped. */
// type: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/fields/Field.java
public interface Field {
    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/fields/Field.java ; called on custom fields by codescape/jira-scrum-poker (Jira 11.3.1)
    String getId();

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/fields/Field.java
    String getName();
}
