package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;

/** Compile-only replica of Jira 11.3's ErrorCollection: signatures only, no behaviour; never shipped. */
// type: https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/util/ErrorCollection.java (6.3.15 source; no row in signatures.tsv)
public interface ErrorCollection {
    // source: https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/util/ErrorCollection.java
    void addError(String field, String message);

    // source: https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/util/ErrorCollection.java
    void addErrorMessage(String message);

    // source: https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/util/ErrorCollection.java
    Collection<String> getErrorMessages();

    // source: https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/util/ErrorCollection.java
    Map<String, String> getErrors();

    // source: https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/util/ErrorCollection.java
    boolean hasAnyErrors();
}
