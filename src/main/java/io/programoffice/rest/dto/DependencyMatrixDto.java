package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programoffice.core.dependency.MatrixQuery;
import io.programoffice.core.dependency.MatrixState;
import io.programoffice.core.dependency.StateCounts;
import io.programoffice.core.dependency.TeamMatrix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A program's team x team dependency matrix: {@code {"program","states","teams","rows":[{"team","cells":[cell],
 * "total":cell}],"columnTotals":[cell],"total":cell}}. Rows are the dependent (waiting) teams, {@code cells[i]} the
 * upstream team {@code teams[i]}; {@code states} the states counted (every state when none was asked). A cell is
 * {@code {"total","worst","byState":{"unproposed","proposed","committed","declined","escalated","done"}}};
 * {@code worst} (the most severe state present) is left out of an empty cell.
 */
@JsonPropertyOrder({"program", "states", "teams", "rows", "columnTotals", "total"})
public record DependencyMatrixDto(String program, List<String> states, List<String> teams, List<RowDto> rows,
                                  List<CellDto> columnTotals, CellDto total) {
    /** One dependent team's row. */
    @JsonPropertyOrder({"team", "cells", "total"})
    public record RowDto(String team, List<CellDto> cells, CellDto total) {
    }

    /** Counts by state. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"total", "worst", "byState"})
    public record CellDto(int total, String worst, Map<String, Integer> byState) {
        public static CellDto of(StateCounts counts) {
            Map<String, Integer> byState = new LinkedHashMap<>();
            counts.byState().forEach((state, n) -> byState.put(state.wireName(), n));
            MatrixState worst = counts.worst();
            return new CellDto(counts.total(), worst == null ? null : worst.wireName(), byState);
        }
    }

    public static DependencyMatrixDto of(String program, MatrixQuery query, TeamMatrix m) {
        List<String> states = new ArrayList<>();
        for (MatrixState s : MatrixState.values()) {
            if (query.counts(s)) {
                states.add(s.wireName());
            }
        }
        List<RowDto> rows = new ArrayList<>();
        for (int r = 0; r < m.teams().size(); r++) {
            rows.add(new RowDto(m.teams().get(r), m.cells().get(r).stream().map(CellDto::of).toList(),
                    CellDto.of(m.rowTotals().get(r))));
        }
        return new DependencyMatrixDto(program, states, m.teams(), rows,
                m.columnTotals().stream().map(CellDto::of).toList(), CellDto.of(m.total()));
    }
}
