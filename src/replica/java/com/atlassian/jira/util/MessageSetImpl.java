package com.atlassian.jira.util;

import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compile-only replica of Jira 11.3's MessageSetImpl, a value type: messages in their natural order, as Jira's;
 * never shipped.
 */
// source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/util/MessageSetImpl.java
public class MessageSetImpl extends AbstractMessageSet {
    private static final long serialVersionUID = 1L;

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/util/MessageSetImpl.java
    public MessageSetImpl() {
        super(new TreeMap<>(), new TreeMap<>(), new TreeSet<>(), new TreeSet<>());
    }
}
