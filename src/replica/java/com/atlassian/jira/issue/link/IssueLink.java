package com.atlassian.jira.issue.link;

/** Compile-only replica of Jira 11.3's IssueLink: signatures only, no behaviour; never shipped. */
public interface IssueLink {
    Long getId();

    Long getSourceId();

    Long getDestinationId();

    IssueLinkType getIssueLinkType();
}
