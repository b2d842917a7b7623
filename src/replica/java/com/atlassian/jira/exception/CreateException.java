package com.atlassian.jira.exception;

import com.atlassian.jira.JiraException;

/** Compile-only replica of Jira 11.3's CreateException: signatures only, no behaviour; never shipped. */
// source: turgaycelik/mysource@ee01e28aa6e36adff47ae02913a61f1cc10c4062:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/exception/CreateException.java
public class CreateException extends JiraException {
    // source: turgaycelik/mysource@ee01e28aa6e36adff47ae02913a61f1cc10c4062:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/exception/CreateException.java
    public CreateException(String msg) {
        super(msg);
    }

    // source: turgaycelik/mysource@ee01e28aa6e36adff47ae02913a61f1cc10c4062:jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/exception/CreateException.java
    public CreateException(String msg, Exception e) {
        super(msg, e);
    }
}
