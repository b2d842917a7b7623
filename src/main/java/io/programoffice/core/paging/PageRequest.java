package io.programoffice.core.paging;

/**
 * A validated page request as Jira's REST lists take it: {@code startAt} is zero-based, {@code maxResults} is
 * capped at {@link #MAX_RESULTS_CAP}. Immutable and thread-safe.
 *
 * @param startAt    index of the first item, {@code >= 0}
 * @param maxResults how many items at most, {@code 1..MAX_RESULTS_CAP}
 */
public record PageRequest(int startAt, int maxResults) {
    /** The page size used when the caller gives none. */
    public static final int DEFAULT_MAX_RESULTS = 50;
    /** The largest page a caller may ask for. */
    public static final int MAX_RESULTS_CAP = 100;

    public PageRequest {
        if (startAt < 0) {
            throw new IllegalArgumentException("startAt must be 0 or more, was " + startAt);
        }
        if (maxResults < 1 || maxResults > MAX_RESULTS_CAP) {
            throw new IllegalArgumentException(
                    "maxResults must be between 1 and " + MAX_RESULTS_CAP + ", was " + maxResults);
        }
    }

    /** A request from optional query parameters: missing values take the defaults. */
    public static PageRequest of(Integer startAt, Integer maxResults) {
        return new PageRequest(startAt == null ? 0 : startAt, maxResults == null ? DEFAULT_MAX_RESULTS : maxResults);
    }
}
