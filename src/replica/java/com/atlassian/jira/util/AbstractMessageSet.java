package com.atlassian.jira.util;

import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * Compile-only replica of Jira 11.3's AbstractMessageSet, a value type: keeps the error messages added to it, in the
 * map it was given; never shipped.
 */
// source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/util/AbstractMessageSet.java
public abstract class AbstractMessageSet implements MessageSet {
    private static final long serialVersionUID = 1L;

    private final Map<String, MessageLink> errors;

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/util/AbstractMessageSet.java
    protected AbstractMessageSet(Map<String, MessageLink> errors, Map<String, MessageLink> warnings,
                                 Set<String> errorsInEnglish, Set<String> warningsInEnglish) {
        this.errors = errors;
    }

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/util/AbstractMessageSet.java
    @Override
    public Set<String> getErrorMessages() {
        return Collections.unmodifiableSet(errors.keySet());
    }

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/util/AbstractMessageSet.java
    @Override
    public boolean hasAnyErrors() {
        return !errors.isEmpty();
    }

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/util/AbstractMessageSet.java
    @Override
    public void addErrorMessage(String message) {
        errors.put(message, null);
    }
}
