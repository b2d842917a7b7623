package io.programoffice.core.analysis;

import io.programoffice.core.analysis.DependencyGraph.DateSource;
import io.programoffice.core.scheme.DependencyKind;
import java.time.LocalDate;

/**
 * A dependency whose upstream is expected to finish after the dependent needs it.
 *
 * @param upstream       the upstream issue's node
 * @param dependent      the dependent issue's node
 * @param upstreamKey    the upstream issue's key
 * @param dependentKey   the dependent issue's key
 * @param kind           the dependency's kind (two issues may be linked by more than one kind)
 * @param expectedFinish when the upstream is expected to finish
 * @param expectedFrom   where that date comes from: {@code DUE}, {@code RELEASE} or {@code SCHEDULE}
 * @param neededBy       when the dependent needs it
 * @param neededFrom     where that date comes from: {@code NEEDED_BY}, {@code DUE} or {@code RELEASE}
 * @param daysLate       working days after the needed-by date up to and including the expected finish (at least 1)
 */
public record LateDependency(int upstream, int dependent, String upstreamKey, String dependentKey, DependencyKind kind,
                             LocalDate expectedFinish, DateSource expectedFrom, LocalDate neededBy,
                             DateSource neededFrom, int daysLate) {
}
