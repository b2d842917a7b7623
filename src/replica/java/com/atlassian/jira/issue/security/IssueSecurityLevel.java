package com.atlassian.jira.issue.security;

/** Compile-only replica of Jira 11.3's IssueSecurityLevel: signatures only, no behaviour; never shipped. */
// source: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/security/IssueSecurityLevel.html
// (@PublicApi interface: Long getId(), String getName())
public interface IssueSecurityLevel {
    Long getId();

    String getName();
}
