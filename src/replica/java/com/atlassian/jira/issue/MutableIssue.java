package com.atlassian.jira.issue;

/** Compile-only replica of Jira 11.3's MutableIssue: only the type (the plugin reads it as an {@link Issue}); never shipped. */
// type: signatures.tsv row com.atlassian.jira.issue.MutableIssue (type)
public interface MutableIssue extends Issue {
}
