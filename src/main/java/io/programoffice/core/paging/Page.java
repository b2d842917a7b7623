package io.programoffice.core.paging;

import java.util.List;
import java.util.Objects;

/**
 * One page of a list: the request's {@code startAt} and {@code maxResults}, the {@code total} number of items, and
 * the items on this page. Immutable (the list is copied) and thread-safe.
 */
public record Page<T>(int startAt, int maxResults, long total, List<T> values) {
    public Page {
        Objects.requireNonNull(values, "values");
        if (total < 0) {
            throw new IllegalArgumentException("total must be 0 or more, was " + total);
        }
        if (values.size() > maxResults) {
            throw new IllegalArgumentException("a page holds at most maxResults values");
        }
        values = List.copyOf(values);
    }

    /** Where the next page starts, or -1 on the last page. */
    public int nextStart() {
        return isLast() ? -1 : startAt + maxResults;
    }

    /** Where the previous page starts, or -1 on the first page. */
    public int previousStart() {
        return startAt == 0 ? -1 : Math.max(0, startAt - maxResults);
    }

    /** Whether this is the last page. */
    public boolean isLast() {
        return startAt + values.size() >= total;
    }
}
