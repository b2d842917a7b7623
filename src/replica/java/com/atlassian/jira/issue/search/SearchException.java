package com.atlassian.jira.issue.search;

import com.atlassian.jira.JiraException;

/** Compile-only replica of Jira 11.3's SearchException: signatures only, no behaviour; never shipped. */
public class SearchException extends JiraException {
    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/search/SearchException.java
    public SearchException(String s) {
        super(s);
    }

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/search/SearchException.java
    public SearchException(String s, Exception e) {
        super(s, e);
    }
}
