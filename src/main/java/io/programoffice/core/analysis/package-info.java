/**
 * Dependency analysis over a program's dependency graph, host-free (issue 6, "Analysis"): one class per algorithm.
 *
 * <ul>
 *   <li>{@link io.programoffice.core.analysis.DependencyGraph}: the compact input (issues with remaining working
 *       days, done flag, commitment date; dependencies with kind FS/SS/FF/SF, lag, needed-by), columnar, about 27
 *       bytes per issue and 6 per dependency (8 more per needed-by date);
 *       {@link io.programoffice.core.analysis.WorkingDays}: the scheme's working calendar numbered from the project
 *       start, O(1) per conversion near the start (tables), O(log holidays) elsewhere.</li>
 *   <li>{@link io.programoffice.core.analysis.TarjanComponents}: strongly connected components, iterative (no
 *       recursion), O(V + E), telling each component as it completes (reverse topological order) to:</li>
 *   <li>{@link io.programoffice.core.analysis.CondensationOrder}: topological order of the condensation (Tarjan's
 *       completion order reversed), O(V), giving a {@link io.programoffice.core.analysis.Condensation} where a cycle
 *       is one unit whose duration is the sum of its members'; and
 *       {@link io.programoffice.core.analysis.BackwardPass}: the late finishes and the longest chain (dependencies on
 *       the longest path with cycles collapsed), computed as components complete, so with no walk of their own.</li>
 *   <li>{@link io.programoffice.core.analysis.ForwardPass}: the one walk in topological order that finds the
 *       early starts and the late dependencies, O(V + E).</li>
 *   <li>{@link io.programoffice.core.analysis.CriticalPathMethod}: the scheduling rules on working days and the
 *       incremental re-scheduling, giving a {@link io.programoffice.core.analysis.Schedule} (early/late start and
 *       finish, total and free float); {@link io.programoffice.core.analysis.CriticalPaths}: critical issues and
 *       chains.</li>
 *   <li>{@link io.programoffice.core.analysis.LateDependencies}: upstream expected finish after the dependent's
 *       needed-by date, O(1) per dependency.</li>
 *   <li>{@link io.programoffice.core.analysis.SlipPropagation}: what moves, and by how much, when one issue slips.</li>
 *   <li>{@link io.programoffice.core.analysis.DependencyAnalysis}: the pipeline, the REST
 *       {@link io.programoffice.core.analysis.AnalysisSummary}, and incremental re-analysis after one change.</li>
 * </ul>
 * Everything is immutable once built and thread-safe; nothing recurses. Benchmarks: {@code src/jmh}
 * ({@code DependencyAnalysisBenchmark}, {@code DependencyAnalysisFootprint}); figures in docs/PERFORMANCE.md.
 */
package io.programoffice.core.analysis;
