package io.programoffice.core.index;

import io.programoffice.core.program.StatusCategory;
import java.time.LocalDate;
import java.util.List;

/**
 * One issue of a {@link ProgramIndex} scan, read straight from the index's columns without copying: a flyweight
 * that moves from issue to issue, valid only inside the callback that receives it (keep values, not the cursor).
 * The {@code …Code} methods give the {@link IndexedField} codes, for grouping in arrays; the others decode them.
 * Absent values: {@code null} for objects, 0 for {@link #parentId()} and {@link #securityLevelId()},
 * {@link Double#NaN} for {@link #estimate()}, -1 for absent codes.
 */
public interface IssueCursor {
    long id();

    /** The issue key, e.g. {@code APP-123} (built on each call). */
    String key();

    int projectCode();

    String projectKey();

    int issueNumber();

    int issueTypeCode();

    String issueType();

    int statusCode();

    String status();

    /** The status category, {@code null} for "undefined". */
    StatusCategory category();

    LocalDate resolutionDate();

    /** The due date, or {@code null}. */
    LocalDate dueDate();

    long createdMillis();

    long updatedMillis();

    /** Fix version names, a shared immutable list. */
    List<String> fixVersions();

    /** Components, a shared immutable list. */
    List<String> components();

    int assigneeCode();

    String assignee();

    long parentId();

    double estimate();

    int teamCode();

    String team();

    long securityLevelId();

    /** The issue's risk values when it is a risk issue, else null. */
    RiskValues risk();

    /** The issue as a record, with its links (allocates). */
    IssueRecord toRecord();
}
