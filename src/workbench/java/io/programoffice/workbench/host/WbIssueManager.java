package io.programoffice.workbench.host;

import com.atlassian.jira.issue.IssueManager;

/** Reads workbench issues by key for the plugin. Thread-safe. */
public final class WbIssueManager implements IssueManager {
    private final WbIssueStore issues;

    public WbIssueManager(WbIssueStore issues) {
        this.issues = issues;
    }

    /** @return the issue with this key (any case), or null */
    @Override
    public WbIssue getIssueByCurrentKey(String key) {
        return key == null ? null : issues.byKey(key);
    }
}
