package com.atlassian.jira.issue.link;

import java.util.Collection;

/** Compile-only replica of Jira 11.3's IssueLinkTypeManager: signatures only, no behaviour; never shipped. */
// type: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkTypeManager.html
public interface IssueLinkTypeManager {
    // source: https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockIssueLinkTypeManager.java ; returns user-defined (non-system) link types only
    Collection<IssueLinkType> getIssueLinkTypes();

    /** The link types with this name (Jira keeps names unique, so at most one). */
    Collection<IssueLinkType> getIssueLinkTypesByName(String name);
}
