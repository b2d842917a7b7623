package io.programoffice.core.release;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Groups project versions into program releases by name and orders them by date: undated releases last, then by
 * name. Stateless and thread-safe; O(v log v).
 */
public final class ProgramReleases {
    private ProgramReleases() {
    }

    /**
     * The program releases made of {@code versions}. Names match ignoring case and surrounding blanks; when one project
     * has two versions that match, only the first is kept (Jira forbids exact duplicates, not case variants).
     */
    public static List<ProgramRelease> group(List<ProjectVersion> versions) {
        Map<String, List<ProjectVersion>> byName = new LinkedHashMap<>();
        for (ProjectVersion v : versions) {
            byName.computeIfAbsent(normalise(v.name()), k -> new ArrayList<>()).add(v);
        }
        List<ProgramRelease> releases = new ArrayList<>();
        for (List<ProjectVersion> same : byName.values()) {
            Map<String, ProjectVersion> oneEach = same.stream().collect(Collectors.toMap(
                    ProjectVersion::projectKey, Function.identity(), (a, b) -> a, LinkedHashMap::new));
            List<ProjectVersion> ordered = oneEach.values().stream()
                    .sorted(Comparator.comparing(ProjectVersion::projectKey)).toList();
            releases.add(new ProgramRelease(mostCommonSpelling(ordered), ordered));
        }
        releases.sort(Comparator.comparing(ProgramRelease::earliest, Comparator.nullsLast(LocalDate::compareTo))
                .thenComparing(ProgramRelease::name));
        return List.copyOf(releases);
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String mostCommonSpelling(List<ProjectVersion> same) {
        Map<String, Long> counts = same.stream().collect(Collectors.groupingBy(v -> v.name().strip(),
                LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }
}
