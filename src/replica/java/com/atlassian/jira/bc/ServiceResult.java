package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

/** Compile-only replica of Jira 11.3's ServiceResult: signatures only, no behaviour; never shipped. */
// type: https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/bc/ServiceResult.java (6.3.15 source; no row in signatures.tsv)
public interface ServiceResult {
    // source: https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/bc/ServiceResult.java
    boolean isValid();

    // source: https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/bc/ServiceResult.java
    ErrorCollection getErrorCollection();
}
