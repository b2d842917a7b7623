/**
 * The per-node, in-memory program index (DESIGN.md, "Program index and Data Center"): every issue programs need,
 * with its fields and links, in compact columns, built once and kept current by issue and link events.
 *
 * <ul>
 *   <li>{@link io.programoffice.core.index.IssueRecord} and {@link io.programoffice.core.index.LinkRecord}: what the
 *       Jira adapters hand over, validated.</li>
 *   <li>{@link io.programoffice.core.index.ProgramIndex}: columnar storage with dictionary-coded strings, link lists
 *       joining both ends, O(issues + links) build, O(1) expected events, scans and counts through a viewer's
 *       {@link io.programoffice.core.index.VisibilityFilter}. About 236 bytes per issue with 2.5 links each;
 *       read-write locked.</li>
 *   <li>{@link io.programoffice.core.index.IssueCursor}, {@link io.programoffice.core.index.IndexCounts},
 *       {@link io.programoffice.core.index.IndexedField}: what reads return.</li>
 * </ul>
 * <ul>
 *   <li>{@link io.programoffice.core.index.IndexMaintenance}: keeps one node's index current over an
 *       {@link io.programoffice.core.index.IndexSource} (build by pages of 1,000 issues by id with events replayed,
 *       events, reconcile) and answers {@link io.programoffice.core.index.ProgramIndexAccess};
 *       {@link io.programoffice.core.index.IndexScope}: the projects, JQL and field sources all programs need.</li>
 * </ul>
 * The index is permission-agnostic: every read takes the viewer's filter. Benchmarks: {@code src/jmh}
 * ({@code ProgramIndexBenchmark}, {@code ProgramIndexFootprint}).
 */
package io.programoffice.core.index;
