package io.programoffice.core.index;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * Which indexed issues belong to one program: every issue of its projects, plus the issues its JQL filter matched
 * when the index last evaluated it (the index cannot run JQL itself; the node's index maintenance re-evaluates
 * program JQL on build and on each reconcile). Immutable and thread-safe.
 */
public final class ProgramMembership {
    private static final long[] NONE = new long[0];

    private final Set<String> projectKeys;
    private final long[] jqlIssueIds;

    private ProgramMembership(Set<String> projectKeys, long[] jqlIssueIds) {
        this.projectKeys = Set.copyOf(projectKeys);
        this.jqlIssueIds = jqlIssueIds;
    }

    /**
     * @param projectKeys the program's projects
     * @param jqlIssueIds ids of the issues its JQL matched, in any order, duplicates allowed; empty without JQL
     */
    public static ProgramMembership of(Set<String> projectKeys, long[] jqlIssueIds) {
        Objects.requireNonNull(projectKeys, "projectKeys");
        long[] ids = jqlIssueIds == null || jqlIssueIds.length == 0 ? NONE : jqlIssueIds.clone();
        Arrays.sort(ids);
        return new ProgramMembership(projectKeys, ids);
    }

    /** A membership of whole projects only. */
    public static ProgramMembership ofProjects(Set<String> projectKeys) {
        return of(projectKeys, NONE);
    }

    /** The program's projects. */
    public Set<String> projectKeys() {
        return projectKeys;
    }

    /** How many issue ids the JQL part holds. */
    public int jqlIssueCount() {
        return jqlIssueIds.length;
    }

    /** Whether the issue under the cursor belongs to the program. O(1) for project members, O(log n) otherwise. */
    public boolean contains(IssueCursor issue) {
        return projectKeys.contains(issue.projectKey()) || containsJqlIssue(issue.id());
    }

    /** Whether the JQL part matched this issue id. */
    public boolean containsJqlIssue(long issueId) {
        return jqlIssueIds.length != 0 && Arrays.binarySearch(jqlIssueIds, issueId) >= 0;
    }

    @Override
    public String toString() {
        return "ProgramMembership[projects=" + projectKeys + ", jqlIssues=" + jqlIssueIds.length + "]";
    }
}
