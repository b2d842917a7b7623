package com.atlassian.jira.event.type;

/** Compile-only replica of Jira 11.3's EventType: only the constants the plugin uses; never shipped. */
public class EventType {
    /** An issue was deleted. */
    public static final Long ISSUE_DELETED_ID = 8L;
    /** An issue was moved (to another project or issue type). */
    public static final Long ISSUE_MOVED_ID = 9L;

    private EventType() {
    }
}
