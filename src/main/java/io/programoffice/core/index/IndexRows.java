package io.programoffice.core.index;

/**
 * The {@link ProgramIndex}'s columns as one aggregate scan reads them ({@link ProgramIndex#scan}): issue rows and
 * link rows by position, with dictionary codes instead of strings, and whether the scan's viewer may see each issue.
 * Meant for views that group and sum in plain arrays: every method is O(1) and allocates nothing, except
 * {@link #key(int)}.
 *
 * <p>Valid only inside the scan that hands it out (the index's read lock is held there); keep values, never rows or
 * this object. Rows run from 0 to {@link #rowLimit()} - 1 and may be dead ({@link #live(int)}); a row number means
 * nothing outside the scan. Codes are those of {@link IndexedField}; -1 means absent.
 */
public interface IndexRows {
    /** One more than the highest issue row. */
    int rowLimit();

    /** Whether the row holds an issue (not a removed one). */
    boolean live(int row);

    /** Whether the row holds an issue the scan's viewer may see (project browse and security level). */
    boolean visible(int row);

    /** The row of the issue with this id, or -1 when the index does not hold it. O(1) expected. */
    int rowOf(long issueId);

    long id(int row);

    int projectCode(int row);

    /** The number in the issue's key. */
    int number(int row);

    /** The issue key, e.g. {@code APP-12} (allocates). */
    String key(int row);

    int typeCode(int row);

    int statusCode(int row);

    /** The status category: 0 for Jira's "undefined", else {@link io.programoffice.core.program.StatusCategory} ordinal + 1. */
    int category(int row);

    int assigneeCode(int row);

    int teamCode(int row);

    /** The parent's issue id, 0 when none. */
    long parentId(int row);

    /** The estimate, {@link Double#NaN} when none. */
    double estimate(int row);

    /** The code of the issue's fix version list ({@link #listElements}); 0 is the empty list. */
    int fixVersionList(int row);

    /** The code of the issue's component list ({@link #listElements}); 0 is the empty list. */
    int componentList(int row);

    /**
     * The {@link IndexedField#FIX_VERSION} or {@link IndexedField#COMPONENT} codes of a list code, in list order;
     * shared: callers must not change the array.
     */
    int[] listElements(IndexedField field, int listCode);

    /** How many distinct lists of the field exist (list codes are {@code 0..n-1}). */
    int listCount(IndexedField field);

    /** The value with this code of a dictionary-coded field. */
    String value(IndexedField field, int code);

    /** How many distinct values the field has (codes are {@code 0..n-1}). */
    int distinctValues(IndexedField field);

    /** The first link row on the issue's list of links (both directions), -1 when it has none. */
    int firstLink(int row);

    /** The link row after {@code link} on the list of the issue {@code issueId} (one of its ends), -1 at the end. */
    int nextLink(int link, long issueId);

    /** One more than the highest link row. */
    int linkLimit();

    /** Whether the link row holds a link. */
    boolean linkLive(int link);

    long linkSource(int link);

    long linkDestination(int link);

    int linkTypeCode(int link);
}
