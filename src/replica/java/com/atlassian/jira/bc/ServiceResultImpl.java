package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

/**
 * Compile-only replica of Jira 11.3's ServiceResultImpl, a value type (the errors it was given; valid when there are
 * none), as Jira's; never shipped.
 */
// type: https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/bc/ServiceResultImpl.java (6.3.15 source; no row in signatures.tsv)
public class ServiceResultImpl implements ServiceResult {
    private final ErrorCollection errorCollection;

    // source: https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/bc/ServiceResultImpl.java
    public ServiceResultImpl(ErrorCollection errorCollection) {
        this.errorCollection = java.util.Objects.requireNonNull(errorCollection, "errorCollection");
    }

    // source: https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/bc/ServiceResultImpl.java
    @Override
    public boolean isValid() {
        return !errorCollection.hasAnyErrors();
    }

    // source: https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/bc/ServiceResultImpl.java
    @Override
    public ErrorCollection getErrorCollection() {
        return errorCollection;
    }
}
