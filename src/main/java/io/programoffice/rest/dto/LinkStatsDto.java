package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programoffice.core.view.LinkStats;
import java.util.Map;

/** Links between the program's issues the caller may see: {@code {"total","crossProject","byType":{"Blocks":n}}}. */
@JsonPropertyOrder({"total", "crossProject", "byType"})
public record LinkStatsDto(int total, int crossProject, Map<String, Integer> byType) {
    public static LinkStatsDto of(LinkStats stats) {
        return new LinkStatsDto(stats.total(), stats.crossProject(), stats.byType());
    }
}
