package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programoffice.core.milestone.BaselineComparison;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Two baselines (or a baseline and now) side by side: {@code {"from","to","milestones":[...]}} where {@code from} is
 * a baseline id and {@code to} a baseline id or {@code "now"}; per milestone, counts over the issues the caller may
 * browse. Dates are ISO-8601; values of a side the milestone is not on are null.
 */
@JsonPropertyOrder({"from", "to", "milestones"})
public record BaselineComparisonDto(String from, String to, List<Milestone> milestones) {
    public static BaselineComparisonDto of(String from, String to, List<BaselineComparison> comparisons) {
        return new BaselineComparisonDto(from, to, comparisons.stream().map(Milestone::of).toList());
    }

    /** One milestone: {@code status} is both, added or removed. */
    @JsonPropertyOrder({"milestoneId", "name", "status", "scopeBefore", "scopeAfter", "added", "removed",
            "scopeChangePercent", "targetBefore", "targetAfter", "targetShiftDays", "p85Before", "p85After",
            "p85ShiftDays"})
    public record Milestone(long milestoneId, String name, String status, Integer scopeBefore, Integer scopeAfter,
                            int added, int removed, Double scopeChangePercent, String targetBefore,
                            String targetAfter, Long targetShiftDays, String p85Before, String p85After,
                            Long p85ShiftDays) {
        static Milestone of(BaselineComparison c) {
            return new Milestone(c.milestoneId(), c.name(), c.status().name().toLowerCase(Locale.ROOT),
                    c.scopeBefore(), c.scopeAfter(), c.added(), c.removed(), c.scopeChangePercent(),
                    day(c.targetBefore()), day(c.targetAfter()), c.targetShiftDays(), day(c.p85Before()),
                    day(c.p85After()), c.p85ShiftDays());
        }

        private static String day(LocalDate d) {
            return d == null ? null : d.toString();
        }
    }
}
