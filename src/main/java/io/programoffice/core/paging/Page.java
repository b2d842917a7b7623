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

    /** The page of {@code all} that {@code request} selects. O(page size). */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = Math.min(request.startAt(), all.size());
        int to = Math.min(from + request.maxResults(), all.size());
        return new Page<>(request.startAt(), request.maxResults(), all.size(), all.subList(from, to));
    }

    /** Whether this is the last page. */
    public boolean isLast() {
        return startAt + values.size() >= total;
    }
}
