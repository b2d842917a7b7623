package com.atlassian.jira;

/** Compile-only replica of Jira 11.3's JiraException: signatures only, no behaviour; never shipped. */
// source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/JiraException.java
public class JiraException extends Exception {
    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/JiraException.java
    public JiraException(String msg) {
        super(msg);
    }

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/JiraException.java
    public JiraException(String msg, Throwable throwable) {
        super(msg, throwable);
    }
}
