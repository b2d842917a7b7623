/**
 * Program views (issue 5): a program's issues grouped by one or two fields with rollups, a paged issue list with the
 * same filters, and link statistics, all read from the {@link io.programoffice.core.index.ProgramIndex} through the
 * viewer's {@link io.programoffice.core.index.VisibilityFilter} and restricted to the program's
 * {@link io.programoffice.core.index.ProgramMembership}.
 *
 * <ul>
 *   <li>{@link io.programoffice.core.view.ViewQuery}: the validated query (group-by fields, filters, text), with its
 *       query-string form for saved views.</li>
 *   <li>{@link io.programoffice.core.view.ProgramViews}: the computations, one columnar scan each; O(issues) for a
 *       view and the link statistics, O(issues log issues) for an issue page (sorting the matches).</li>
 *   <li>{@link io.programoffice.core.view.ProgramView}, {@link io.programoffice.core.view.ViewGroup},
 *       {@link io.programoffice.core.view.Rollup}, {@link io.programoffice.core.view.ViewIssue},
 *       {@link io.programoffice.core.view.LinkStats}: immutable results.</li>
 * </ul>
 * Never shows, counts or sums an issue the viewer may not browse: a parent they can't see is a
 * {@link io.programoffice.core.view.ViewGroup.Kind#HIDDEN} group without key. Benchmark: {@code ProgramViewBenchmark}.
 */
package io.programoffice.core.view;
