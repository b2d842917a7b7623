package io.programoffice.core.index;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Where the program index reads issues from: the host's issue search, paged by issue id ({@code id > last ORDER BY
 * id}), because a host search returns a bounded number of results (Jira 11's search caps one query at 10,000). The
 * source sees every issue, whatever its security: the index is permission-agnostic, readers filter.
 *
 * <p>Implementations are thread-safe; each call is one or a few searches.
 */
public interface IndexSource {
    /** Issues per page the maintenance asks for. */
    int PAGE_SIZE = 1_000;

    /** How many issues the scope holds now (for progress), or -1 when the source cannot tell cheaply. */
    long count(IndexScope scope);

    /**
     * Up to {@code max} issues of the scope with an id greater than {@code afterId}, in ascending id order, with
     * their links.
     *
     * @param updatedSince only issues updated at or after this instant; null for all
     */
    List<IssueRecord> page(IndexScope scope, Instant updatedSince, long afterId, int max);

    /** The issues with these ids that exist (in any project), with their links; at most {@value #PAGE_SIZE} ids. */
    List<IssueRecord> issues(IndexScope scope, long[] ids);

    /** Of these issue ids (at most {@value #PAGE_SIZE}), those that still exist and are in the scope. */
    Set<Long> inScope(IndexScope scope, long[] ids);

    /** Ids of every issue the JQL matches (paged inside). */
    long[] matching(String jql);
}
