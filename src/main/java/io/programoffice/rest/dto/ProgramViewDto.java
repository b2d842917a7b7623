package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * {@code GET /programs/{key}/view}: {@code {"program","groupBy":[..],"query","total":{rollup},"groups":[..]}};
 * {@code query} is the normalised query string (what a saved view stores).
 */
@JsonPropertyOrder({"program", "groupBy", "query", "total", "groups"})
public record ProgramViewDto(String program, List<String> groupBy, String query, RollupDto total,
                             List<ViewGroupDto> groups) {
}
