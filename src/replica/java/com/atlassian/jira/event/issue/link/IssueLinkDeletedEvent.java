package com.atlassian.jira.event.issue.link;

import com.atlassian.jira.issue.link.IssueLink;
import java.time.Instant;

/** Compile-only replica of Jira 11.3's IssueLinkDeletedEvent: holds the link and the event's time; never shipped. */
public class IssueLinkDeletedEvent {
    private final IssueLink issueLink;
    private final Instant eventCreation;

    public IssueLinkDeletedEvent(IssueLink issueLink, Instant eventCreation) {
        this.issueLink = issueLink;
        this.eventCreation = eventCreation;
    }

    public IssueLink getIssueLink() {
        return issueLink;
    }

    public Instant getEventCreation() {
        return eventCreation;
    }
}
