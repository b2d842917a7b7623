package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * {@code GET /programs/{key}/view}: {@code {"program","groupBy":[..],"query","total":{rollup},"groups":[..],
 * "indexState"}}; {@code query} is the normalised query string (what a saved view stores); {@code indexState} is the
 * program index's state ({@code READY}, or {@code EMPTY}/{@code BUILDING}/{@code FAILED} while numbers may be
 * incomplete).
 */
@JsonPropertyOrder({"program", "groupBy", "query", "total", "groups", "indexState"})
public record ProgramViewDto(String program, List<String> groupBy, String query, RollupDto total,
                             List<ViewGroupDto> groups, String indexState) {
}
