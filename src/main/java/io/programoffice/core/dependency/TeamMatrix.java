package io.programoffice.core.dependency;

import java.util.List;
import java.util.Objects;

/**
 * A program's dependencies counted team by team: row {@code r} is the dependent (waiting) team {@code teams[r]},
 * column {@code c} the upstream team {@code teams[c]}; each cell counts the dependencies by {@link MatrixState}, with
 * row, column and grand totals. The teams are the same for rows and columns (the diagonal holds dependencies within
 * one team), sorted by name. Immutable.
 *
 * @param teams        the teams, by name ignoring case
 * @param cells        {@code cells.get(row).get(column)}: a square grid over {@code teams}
 * @param rowTotals    per dependent team: everything it waits on
 * @param columnTotals per upstream team: everything waiting on it
 * @param total        every dependency counted
 */
public record TeamMatrix(List<String> teams, List<List<StateCounts>> cells, List<StateCounts> rowTotals,
                         List<StateCounts> columnTotals, StateCounts total) {
    public TeamMatrix {
        teams = List.copyOf(teams);
        cells = cells.stream().map(List::copyOf).toList();
        rowTotals = List.copyOf(rowTotals);
        columnTotals = List.copyOf(columnTotals);
        Objects.requireNonNull(total, "total");
        int n = teams.size();
        if (cells.size() != n || cells.stream().anyMatch(r -> r.size() != n) || rowTotals.size() != n
                || columnTotals.size() != n) {
            throw new IllegalArgumentException("a team matrix is square over its " + n + " teams");
        }
    }

    /** The cell of a dependent and an upstream team, {@link StateCounts#NONE} when either is not in the matrix. */
    public StateCounts cell(String dependentTeam, String upstreamTeam) {
        int row = teams.indexOf(dependentTeam);
        int column = teams.indexOf(upstreamTeam);
        return row < 0 || column < 0 ? StateCounts.NONE : cells.get(row).get(column);
    }
}
