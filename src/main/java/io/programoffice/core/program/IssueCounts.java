package io.programoffice.core.program;

/**
 * Counts one viewer's issues of one project: the port through which the core asks the host. Implementations count
 * only issues the viewer may browse and answer 0 for a project the viewer may not browse.
 */
public interface IssueCounts {
    /** Whether the viewer may see the project at all. */
    boolean canBrowse(String projectKey);

    /** The project's display name (asked only for a project the viewer may browse). */
    String projectName(String projectKey);

    /** All issues of the project the viewer may see. */
    long total(String projectKey);

    /** The project's issues the viewer may see whose status is in {@code category}. */
    long inCategory(String projectKey, StatusCategory category);
}
