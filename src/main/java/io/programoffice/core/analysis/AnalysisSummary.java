package io.programoffice.core.analysis;

import java.util.List;

/**
 * The answer of {@code GET /programs/{key}/dependencies/analysis}.
 *
 * @param dependencies distinct dependencies between the graph's issues
 * @param crossProject those whose two ends are in different projects
 * @param cycles       strongly connected components with more than one issue
 * @param largestCycle the issues in the largest of them, 0 if none
 * @param longestChain dependencies on the longest path with each cycle collapsed to one node
 * @param criticalPath the critical issues' keys (no total float, not done) by early start
 * @param late         the late dependencies, most late first
 */
public record AnalysisSummary(int dependencies, int crossProject, int cycles, int largestCycle, int longestChain,
                              List<String> criticalPath, List<LateDependency> late) {
    public AnalysisSummary {
        criticalPath = List.copyOf(criticalPath);
        late = List.copyOf(late);
    }
}
