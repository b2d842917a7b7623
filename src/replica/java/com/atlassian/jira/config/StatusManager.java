package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.Status;
import java.util.Collection;

/** Compile-only replica of Jira 11.3's StatusManager: signatures only, no behaviour; never shipped. */
// type and member: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/config/StatusManager.html
// (@PublicApi since 5.0; Collection<Status> getStatuses() seen in Jira 6.1+ sources; not in the reference list)
public interface StatusManager {
    Collection<Status> getStatuses();
}
