package com.atlassian.jira.issue.search;

import com.atlassian.jira.web.bean.PagerFilter;
import java.util.List;

/**
 * Compile-only replica of Jira 11.3's SearchResults (generic since Jira 8.0): holds one page of results and the
 * total; never shipped.
 */
public class SearchResults<T> {
    private final List<T> results;
    private final int total;

    public SearchResults(List<T> issues, int totalIssueCount, PagerFilter pagerFilter) {
        this.results = List.copyOf(issues);
        this.total = totalIssueCount;
    }

    public List<T> getResults() {
        return results;
    }

    public int getTotal() {
        return total;
    }
}
