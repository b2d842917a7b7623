package io.programoffice.core.index;

import io.programoffice.core.program.StatusCategory;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Issue counts of a {@link ProgramIndex} as one viewer sees them: in total, per project, per status category and
 * per project and category. Issues in Jira's "undefined" category count in {@link #total()} and
 * {@link #byProject()} but in no category. Immutable.
 */
public final class IndexCounts {
    private final int total;
    private final Map<String, Integer> byProject;
    private final Map<StatusCategory, Integer> byCategory;
    private final Map<String, Map<StatusCategory, Integer>> byProjectAndCategory;

    IndexCounts(int total, Map<String, Integer> byProject, Map<StatusCategory, Integer> byCategory,
            Map<String, Map<StatusCategory, Integer>> byProjectAndCategory) {
        this.total = total;
        this.byProject = Collections.unmodifiableMap(byProject);
        this.byCategory = Collections.unmodifiableMap(byCategory);
        this.byProjectAndCategory = Collections.unmodifiableMap(byProjectAndCategory);
    }

    /** Counts from tallies per project code: {@code tally[project * 4 + (category ordinal + 1)]}, 0 = undefined. */
    static IndexCounts of(int[] tally, StringDictionary projects) {
        Map<String, Integer> byProject = new TreeMap<>();
        Map<String, Map<StatusCategory, Integer>> both = new TreeMap<>();
        Map<StatusCategory, Integer> byCategory = new EnumMap<>(StatusCategory.class);
        for (StatusCategory c : StatusCategory.values()) {
            byCategory.put(c, 0);
        }
        int total = 0;
        StatusCategory[] categories = StatusCategory.values();
        for (int p = 0; p < projects.size(); p++) {
            int inProject = tally[p * 4] + tally[p * 4 + 1] + tally[p * 4 + 2] + tally[p * 4 + 3];
            if (inProject == 0) {
                continue;
            }
            total += inProject;
            byProject.put(projects.value(p), inProject);
            Map<StatusCategory, Integer> perCategory = new EnumMap<>(StatusCategory.class);
            for (StatusCategory c : categories) {
                int n = tally[p * 4 + c.ordinal() + 1];
                perCategory.put(c, n);
                byCategory.merge(c, n, Integer::sum);
            }
            both.put(projects.value(p), Collections.unmodifiableMap(perCategory));
        }
        return new IndexCounts(total, new LinkedHashMap<>(byProject), byCategory, new LinkedHashMap<>(both));
    }

    /** Visible issues. */
    public int total() {
        return total;
    }

    /** Visible issues per project key, only projects with at least one, in key order. */
    public Map<String, Integer> byProject() {
        return byProject;
    }

    /** Visible issues per status category; every category is present. */
    public Map<StatusCategory, Integer> byCategory() {
        return byCategory;
    }

    /** Visible issues of one project in one category (0 when none). */
    public int count(String projectKey, StatusCategory category) {
        Map<StatusCategory, Integer> m = byProjectAndCategory.get(projectKey);
        return m == null ? 0 : m.get(Objects.requireNonNull(category));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndexCounts c && total == c.total && byProjectAndCategory.equals(c.byProjectAndCategory)
                && byProject.equals(c.byProject);
    }

    @Override
    public int hashCode() {
        return Objects.hash(total, byProjectAndCategory);
    }

    @Override
    public String toString() {
        return "IndexCounts{total=" + total + ", byProject=" + byProject + ", byCategory=" + byCategory
                + ", byProjectAndCategory=" + byProjectAndCategory + "}";
    }
}
