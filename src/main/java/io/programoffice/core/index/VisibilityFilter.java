package io.programoffice.core.index;

import java.util.Objects;
import java.util.Set;

/**
 * What one viewer may see, asked by the {@link ProgramIndex} at query time (the index itself is
 * permission-agnostic): browse permission per project, and issue security levels per project. The index asks once
 * per project and once per (project, level) pair in a query, never per issue, so an implementation may call Jira's
 * permission manager directly.
 *
 * <p>Implementations must be safe to call from the reading thread while it holds the index's read lock, and must
 * not change the index.
 */
public interface VisibilityFilter {
    /** Whether the viewer may browse issues of this project. */
    boolean canBrowseProject(String projectKey);

    /** Whether the viewer may see issues of this project that carry this issue security level. */
    boolean canSeeSecurityLevel(String projectKey, long securityLevelId);

    /** Sees everything: for system tasks and administrators' index status, never for a viewer's page. */
    static VisibilityFilter everything() {
        return new VisibilityFilter() {
            @Override
            public boolean canBrowseProject(String projectKey) {
                return true;
            }

            @Override
            public boolean canSeeSecurityLevel(String projectKey, long securityLevelId) {
                return true;
            }
        };
    }

    /** Browses exactly these projects and sees exactly these security levels (in any of them). */
    static VisibilityFilter of(Set<String> browsableProjects, Set<Long> visibleSecurityLevels) {
        Set<String> projects = Set.copyOf(browsableProjects);
        Set<Long> levels = Set.copyOf(visibleSecurityLevels);
        return new VisibilityFilter() {
            @Override
            public boolean canBrowseProject(String projectKey) {
                return projects.contains(Objects.requireNonNull(projectKey));
            }

            @Override
            public boolean canSeeSecurityLevel(String projectKey, long securityLevelId) {
                return levels.contains(securityLevelId);
            }
        };
    }
}
