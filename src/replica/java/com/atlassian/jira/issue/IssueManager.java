package com.atlassian.jira.issue;

/** Compile-only replica of Jira 11.3's IssueManager: signatures only, no behaviour; never shipped. */
public interface IssueManager {
    // source: signatures.tsv row com.atlassian.jira.issue.IssueManager getIssueByCurrentKey (name confirmed by a plugin built against jira-api 11.0.0)
    MutableIssue getIssueByCurrentKey(String key);
}
