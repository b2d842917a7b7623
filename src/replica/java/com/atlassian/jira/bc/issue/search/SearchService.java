package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

/** Compile-only replica of Jira 11.3's SearchService: signatures only, no behaviour; never shipped. */
public interface SearchService {
    ParseResult parseQuery(ApplicationUser searcher, String query);

    // source: https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockSearchService.java
    long searchCount(ApplicationUser searcher, Query query) throws SearchException;

    // SearchResults<Issue> since Jira 8.0 (generic); called as searchOverrideSecurity(user, query, pager).getResults()
    // in Jira 8+ plugins, e.g. the public code index's "Jira 8.0" comment next to that call
    SearchResults<Issue> searchOverrideSecurity(ApplicationUser searcher, Query query, PagerFilter pager)
            throws SearchException;

    /**
     * Compile-only replica of Jira 11.3's SearchService.ParseResult: holds only the state the host needs
     * (the parsed query and its messages); never shipped.
     */
    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/bc/issue/search/SearchService.java
    final class ParseResult {
        private final Query query;
        private final MessageSet errors;

        // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/bc/issue/search/SearchService.java
        public ParseResult(Query query, MessageSet errors) {
            if (errors == null) {
                throw new IllegalArgumentException("errors should not be null!");
            }
            this.query = query;
            this.errors = errors;
        }

        // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/bc/issue/search/SearchService.java
        public Query getQuery() {
            return query;
        }

        // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/bc/issue/search/SearchService.java
        public MessageSet getErrors() {
            return errors;
        }

        // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/bc/issue/search/SearchService.java
        public boolean isValid() {
            return !errors.hasAnyErrors();
        }
    }
}
