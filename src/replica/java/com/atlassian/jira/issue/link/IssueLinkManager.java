package com.atlassian.jira.issue.link;

import java.util.List;

/** Compile-only replica of Jira 11.3's IssueLinkManager: signatures only, no behaviour; never shipped. */
public interface IssueLinkManager {
    /** The links whose source is this issue. */
    List<IssueLink> getOutwardLinks(Long sourceIssueId);

    /** The links whose destination is this issue. */
    List<IssueLink> getInwardLinks(Long destinationIssueId);
}
