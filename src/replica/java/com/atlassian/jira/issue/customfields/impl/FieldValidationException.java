package com.atlassian.jira.issue.customfields.impl;

/** Compile-only replica of Jira 11.3's FieldValidationException: signatures only, no behaviour; never shipped. */
// type: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/impl/FieldValidationException.java ; thrown by plugins built against Jira 8.13.1 and 9.4.15
public class FieldValidationException extends RuntimeException {
    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/impl/FieldValidationException.java
    public FieldValidationException(String message) {
        super(message);
    }
}
