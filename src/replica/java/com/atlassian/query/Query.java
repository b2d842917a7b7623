package com.atlassian.query;

/** Compile-only replica of Jira 11.3's Query: signatures only, no behaviour; never shipped. */
public interface Query {
    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/query/Query.java
    String getQueryString();
}
