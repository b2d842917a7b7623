package io.programoffice.jira;

import com.atlassian.jira.project.ProjectManager;
import io.programoffice.core.index.IndexCounts;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.program.IssueCounts;
import io.programoffice.core.program.StatusCategory;

/**
 * {@link IssueCounts} for one viewer from the program index: one scan counts every project and category, filtered
 * by the viewer's {@link VisibilityFilter} (browse permission and issue security levels), so a summary costs no JQL
 * search. Not shared between users.
 */
final class IndexIssueCounts implements IssueCounts {
    private final IndexCounts counts;
    private final VisibilityFilter visibility;
    private final ProjectManager projects;

    IndexIssueCounts(IndexCounts counts, VisibilityFilter visibility, ProjectManager projects) {
        this.counts = counts;
        this.visibility = visibility;
        this.projects = projects;
    }

    @Override
    public boolean canBrowse(String projectKey) {
        return visibility.canBrowseProject(projectKey);
    }

    @Override
    public String projectName(String projectKey) {
        return JiraIssueCounts.projectName(projects, projectKey);
    }

    @Override
    public long total(String projectKey) {
        return counts.byProject().getOrDefault(projectKey, 0);
    }

    @Override
    public long inCategory(String projectKey, StatusCategory category) {
        return counts.count(projectKey, category);
    }
}
