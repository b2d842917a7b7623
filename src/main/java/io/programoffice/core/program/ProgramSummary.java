package io.programoffice.core.program;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a program holds for one viewer: how many issues in all, per project and per status category. Immutable and
 * thread-safe; the maps keep the program's project order and the category order new, indeterminate, done.
 *
 * @param key              the program key
 * @param name             the program name
 * @param issues           issues in all (may exceed the category sum when a status has no category)
 * @param byProject        issue count per visible project key, in program order
 * @param byStatusCategory issue count per category, every category present
 * @param projectNames     the name of each project in {@code byProject}
 */
public record ProgramSummary(String key, String name, long issues, Map<String, Long> byProject,
                             Map<StatusCategory, Long> byStatusCategory, Map<String, String> projectNames) {
    public ProgramSummary {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        byProject = Collections.unmodifiableMap(new LinkedHashMap<>(byProject));
        projectNames = Map.copyOf(projectNames);
        if (!projectNames.keySet().equals(byProject.keySet())) {
            throw new IllegalArgumentException("every counted project needs a name, and only those");
        }
        EnumMap<StatusCategory, Long> categories = new EnumMap<>(StatusCategory.class);
        for (StatusCategory category : StatusCategory.values()) {
            categories.put(category, byStatusCategory.getOrDefault(category, 0L));
        }
        byStatusCategory = Collections.unmodifiableMap(categories);
        long projectSum = byProject.values().stream().mapToLong(Long::longValue).sum();
        if (projectSum != issues) {
            throw new IllegalArgumentException("issues (" + issues + ") must equal the sum per project (" + projectSum + ")");
        }
    }

    /** Share of the categorised issues in each category, whole percentages adding up to 100 (0 when none). */
    public Map<StatusCategory, Integer> categoryShares() {
        StatusCategory[] categories = StatusCategory.values();
        int[] shares = Shares.percentages(Arrays.stream(categories).mapToLong(byStatusCategory::get).toArray());
        Map<StatusCategory, Integer> out = new EnumMap<>(StatusCategory.class);
        for (int i = 0; i < categories.length; i++) {
            out.put(categories[i], shares[i]);
        }
        return Collections.unmodifiableMap(out);
    }

    /** Share of the issues in each project, in program order, whole percentages adding up to 100 (0 when none). */
    public Map<String, Integer> projectShares() {
        int[] shares = Shares.percentages(byProject.values().stream().mapToLong(Long::longValue).toArray());
        Map<String, Integer> out = new LinkedHashMap<>();
        int i = 0;
        for (String project : byProject.keySet()) {
            out.put(project, shares[i++]);
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Summarises {@code program} for the viewer behind {@code counts}: projects the viewer may not browse are left
     * out entirely (not even shown with 0), so nothing about them leaks. Cost: one {@code canBrowse} per project and
     * four counts per visible project.
     */
    public static ProgramSummary of(Program program, IssueCounts counts) {
        Map<String, Long> byProject = new LinkedHashMap<>();
        Map<StatusCategory, Long> byCategory = new EnumMap<>(StatusCategory.class);
        Map<String, String> names = new LinkedHashMap<>();
        long issues = 0;
        for (String projectKey : program.projectKeys()) {
            if (!counts.canBrowse(projectKey)) {
                continue;
            }
            long total = counts.total(projectKey);
            byProject.put(projectKey, total);
            names.put(projectKey, counts.projectName(projectKey));
            issues += total;
            for (StatusCategory category : StatusCategory.values()) {
                byCategory.merge(category, counts.inCategory(projectKey, category), Long::sum);
            }
        }
        return new ProgramSummary(program.key(), program.name(), issues, byProject, byCategory, names);
    }
}
