package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programoffice.core.program.ProgramSummary;
import io.programoffice.core.program.StatusCategory;
import io.programoffice.core.view.LinkStats;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /programs/{key}/summary}: {@code {"key","name","issues","byProject":{"KEY":n},
 * "byStatusCategory":{"new":n,"indeterminate":n,"done":n},"links":{"total","crossProject","byType":{..}}}},
 * counting only what the caller may browse (links: both ends visible program issues, each link once).
 */
@JsonPropertyOrder({"key", "name", "issues", "byProject", "byStatusCategory", "links"})
public record ProgramSummaryDto(String key, String name, long issues, Map<String, Long> byProject,
                                Map<String, Long> byStatusCategory, LinkStatsDto links) {
    public static ProgramSummaryDto of(ProgramSummary summary, LinkStats links) {
        Map<String, Long> categories = new LinkedHashMap<>();
        for (StatusCategory category : StatusCategory.values()) {
            categories.put(category.key(), summary.byStatusCategory().get(category));
        }
        return new ProgramSummaryDto(summary.key(), summary.name(), summary.issues(), summary.byProject(), categories,
                LinkStatsDto.of(links));
    }
}
