package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;

/**
 * Compile-only replica of Jira 11.3's IssueEvent: the event Jira publishes for issue changes; holds the issue and
 * the event type id; never shipped. The real public constructors are not in the reference list, so this replica
 * has only a private one (hosts that publish events, such as the workbench, create instances reflectively).
 */
public class IssueEvent {
    private final Issue issue;
    private final Long eventTypeId;

    private IssueEvent(Issue issue, Long eventTypeId) {
        this.issue = issue;
        this.eventTypeId = eventTypeId;
    }

    public Issue getIssue() {
        return issue;
    }

    public Long getEventTypeId() {
        return eventTypeId;
    }
}
