package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programoffice.core.analysis.AnalysisSummary;
import io.programoffice.core.analysis.LateDependency;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /programs/{key}/dependencies/analysis}: counts over the dependencies between program issues the caller
 * may see, the critical path's keys and the late dependencies (most late first).
 */
@JsonPropertyOrder({"dependencies", "crossProject", "cycles", "largestCycle", "longestChain", "criticalPath", "late"})
public record DependencyAnalysisDto(int dependencies, int crossProject, int cycles, int largestCycle,
                                    int longestChain, List<String> criticalPath, List<Late> late) {

    /** One late dependency: upstream's expected finish after what the dependent needs, dates ISO-8601. */
    @JsonPropertyOrder({"upstream", "dependent", "kind", "expectedFinish", "expectedFrom", "neededBy", "neededFrom",
            "daysLate"})
    public record Late(String upstream, String dependent, String kind, String expectedFinish, String expectedFrom,
                       String neededBy, String neededFrom, int daysLate) {
        static Late of(LateDependency l) {
            return new Late(l.upstreamKey(), l.dependentKey(), l.kind().name(), String.valueOf(l.expectedFinish()),
                    wire(l.expectedFrom()), String.valueOf(l.neededBy()), wire(l.neededFrom()), l.daysLate());
        }

        private static String wire(Enum<?> source) {
            return source == null ? null : source.name().toLowerCase(Locale.ROOT);
        }
    }

    public static DependencyAnalysisDto of(AnalysisSummary s) {
        return new DependencyAnalysisDto(s.dependencies(), s.crossProject(), s.cycles(), s.largestCycle(),
                s.longestChain(), s.criticalPath(), s.late().stream().map(Late::of).toList());
    }
}
