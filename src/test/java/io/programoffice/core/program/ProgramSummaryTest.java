package io.programoffice.core.program;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

public class ProgramSummaryTest {
    /** Issue counts of a small real program: project -> category -> count; what the viewer may browse. */
    private static final class Counts implements IssueCounts {
        private final Map<String, Map<StatusCategory, Long>> data = new HashMap<>();
        private final Map<String, Long> uncategorised = new HashMap<>();
        private final Set<String> browsable;

        Counts(Set<String> browsable) {
            this.browsable = browsable;
        }

        Counts project(String key, long todo, long inProgress, long done) {
            Map<StatusCategory, Long> m = new EnumMap<>(StatusCategory.class);
            m.put(StatusCategory.NEW, todo);
            m.put(StatusCategory.INDETERMINATE, inProgress);
            m.put(StatusCategory.DONE, done);
            data.put(key, m);
            return this;
        }

        @Override
        public boolean canBrowse(String projectKey) {
            return browsable.contains(projectKey) && data.containsKey(projectKey);
        }

        @Override
        public String projectName(String projectKey) {
            return "Project " + projectKey;
        }

        @Override
        public long total(String projectKey) {
            return data.get(projectKey).values().stream().mapToLong(Long::longValue).sum()
                    + uncategorised.getOrDefault(projectKey, 0L);
        }

        @Override
        public long inCategory(String projectKey, StatusCategory category) {
            return data.get(projectKey).get(category);
        }
    }

    private final Program program = new Program("DEMO", "Checkout", List.of("APP", "WEB", "OPS"));

    @Test
    public void of_addsUpProjectsAndCategories_whenViewerSeesEverything() {
        Counts counts = new Counts(Set.of("APP", "WEB", "OPS"))
                .project("APP", 10, 5, 5).project("WEB", 1, 2, 3).project("OPS", 0, 0, 4);
        ProgramSummary summary = ProgramSummary.of(program, counts);
        assertEquals(30, summary.issues());
        assertEquals(List.of("APP", "WEB", "OPS"), List.copyOf(summary.byProject().keySet()));
        assertEquals(Long.valueOf(20), summary.byProject().get("APP"));
        assertEquals(Long.valueOf(11), summary.byStatusCategory().get(StatusCategory.NEW));
        assertEquals(Long.valueOf(7), summary.byStatusCategory().get(StatusCategory.INDETERMINATE));
        assertEquals(Long.valueOf(12), summary.byStatusCategory().get(StatusCategory.DONE));
        assertEquals(Integer.valueOf(40), summary.categoryShares().get(StatusCategory.DONE));
        assertEquals("Project WEB", summary.projectNames().get("WEB"));
        assertEquals(100, summary.projectShares().values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    public void of_leavesOutProjectsTheViewerCannotBrowse_withoutAZeroRow() {
        Counts counts = new Counts(Set.of("WEB")).project("APP", 10, 5, 5).project("WEB", 1, 2, 3);
        ProgramSummary summary = ProgramSummary.of(program, counts);
        assertEquals(6, summary.issues());
        assertEquals(Set.of("WEB"), summary.byProject().keySet());
        assertFalse(summary.byProject().containsKey("APP"));
        assertEquals(Long.valueOf(1), summary.byStatusCategory().get(StatusCategory.NEW));
    }

    @Test
    public void of_countsIssuesWithoutCategoryInTheTotalOnly() {
        Counts counts = new Counts(Set.of("APP")).project("APP", 1, 1, 1);
        counts.uncategorised.put("APP", 2L);
        ProgramSummary summary = ProgramSummary.of(new Program("DEMO", "d", List.of("APP")), counts);
        assertEquals(5, summary.issues());
        assertEquals(3, summary.byStatusCategory().values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    public void summary_isEmptyButComplete_whenViewerSeesNothing() {
        ProgramSummary summary = ProgramSummary.of(program, new Counts(Set.of()));
        assertEquals(0, summary.issues());
        assertEquals(3, summary.byStatusCategory().size());
        assertEquals(Integer.valueOf(0), summary.categoryShares().get(StatusCategory.NEW));
        assertEquals(0, summary.categoryShares().values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    public void summary_rejectsATotalThatDisagreesWithItsProjects() {
        assertThrows(IllegalArgumentException.class,
                () -> new ProgramSummary("DEMO", "d", 5, Map.of("APP", 4L), Map.of(), Map.of("APP", "App")));
        assertThrows(IllegalArgumentException.class,
                () -> new ProgramSummary("DEMO", "d", 4, Map.of("APP", 4L), Map.of(), Map.of()));
    }
}
