package io.programoffice.web.model;

import io.programoffice.core.program.ProgramSummary;
import io.programoffice.core.program.StatusCategory;
import io.programoffice.core.release.ProgramRelease;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The program page: name, key, issue total, counts per project and per status category, and releases. */
public final class ProgramPageView {
    private final String key;
    private final String name;
    private final long issues;
    private final List<CountRow> projects;
    private final List<CountRow> categories;
    private final List<ReleaseRow> releases;

    /**
     * @param summary       the viewer's summary
     * @param releases      the program's releases across the projects the viewer may browse
     * @param categoryLabel the i18n label of each status category
     */
    public ProgramPageView(ProgramSummary summary, List<ProgramRelease> releases,
                           Function<StatusCategory, String> categoryLabel) {
        this.releases = releases.stream().map(ReleaseRow::new).toList();
        this.key = summary.key();
        this.name = summary.name();
        this.issues = summary.issues();
        List<CountRow> projectRows = new ArrayList<>();
        Map<String, Integer> projectShares = summary.projectShares();
        for (Map.Entry<String, Long> e : summary.byProject().entrySet()) {
            projectRows.add(new CountRow(e.getKey(), summary.projectNames().get(e.getKey()), e.getValue(),
                    projectShares.get(e.getKey())));
        }
        this.projects = List.copyOf(projectRows);
        List<CountRow> categoryRows = new ArrayList<>();
        Map<StatusCategory, Integer> categoryShares = summary.categoryShares();
        for (StatusCategory category : StatusCategory.values()) {
            long count = summary.byStatusCategory().get(category);
            categoryRows.add(new CountRow(category.key(), categoryLabel.apply(category), count,
                    categoryShares.get(category)));
        }
        this.categories = List.copyOf(categoryRows);
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public long getIssues() {
        return issues;
    }

    public List<CountRow> getProjects() {
        return projects;
    }

    public List<CountRow> getCategories() {
        return categories;
    }

    public List<ReleaseRow> getReleases() {
        return releases;
    }
}
