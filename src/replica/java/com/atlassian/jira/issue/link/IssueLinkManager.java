package com.atlassian.jira.issue.link;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;

/** Compile-only replica of Jira 11.3's IssueLinkManager: signatures only, no behaviour; never shipped. */
public interface IssueLinkManager {
    /** The links whose source is this issue. */
    List<IssueLink> getOutwardLinks(Long sourceIssueId);

    /** The links whose destination is this issue. */
    List<IssueLink> getInwardLinks(Long destinationIssueId);

    /** The link with this id, or null. */
    IssueLink getIssueLink(Long issueLinkId);

    /** The link of this type from source to destination, or null. */
    IssueLink getIssueLink(Long sourceId, Long destinationId, Long issueLinkTypeId);

    /** Creates a link (Jira publishes IssueLinkCreatedEvent); a null sequence puts it last. */
    void createIssueLink(Long sourceIssueId, Long destinationIssueId, Long issueLinkTypeId, Long sequence,
                         ApplicationUser remoteUser) throws CreateException;

    /** Removes a link (Jira publishes IssueLinkDeletedEvent). */
    void removeIssueLink(IssueLink issueLink, ApplicationUser remoteUser);
}
