package com.atlassian.jira.util;

import java.io.Serializable;
import java.util.Set;

/** Compile-only replica of Jira 11.3's MessageSet: signatures only, no behaviour; never shipped. */
public interface MessageSet extends Serializable {
    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/util/MessageSet.java
    Set<String> getErrorMessages();

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/util/MessageSet.java
    boolean hasAnyErrors();

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/util/MessageSet.java
    void addErrorMessage(String message);

    /** Compile-only replica of Jira 11.3's MessageSet.MessageLink: only the type and a constructor; never shipped. */
    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/util/MessageSet.java
    class MessageLink {
        // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/util/MessageSet.java
        public MessageLink(String linkText, String linkUrl) {
            throw new UnsupportedOperationException("replica");
        }
    }
}
