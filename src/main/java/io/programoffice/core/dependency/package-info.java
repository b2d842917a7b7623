/**
 * Dependencies (issue 6): Jira issue links whose type a program scheme maps, with plugin-owned metadata and a
 * negotiation between the two teams.
 *
 * <ul>
 *   <li>{@link io.programoffice.core.dependency.Negotiation}: the legal moves (who, from which state), O(1).</li>
 *   <li>{@link io.programoffice.core.dependency.DependencyHealth}: on track, at risk, late, blocked.</li>
 *   <li>{@link io.programoffice.core.dependency.Dependencies}: resolving links by scheme, permissions, create, edit,
 *       moves, delete and the {@link io.programoffice.core.dependency.NegotiationQueue}; through the ports
 *       {@link io.programoffice.core.dependency.DependencyStore} and
 *       {@link io.programoffice.core.dependency.DependencyHost}.</li>
 *   <li>{@link io.programoffice.core.dependency.DependencyMatrix}: a program's dependencies team by team (the
 *       {@link io.programoffice.core.dependency.TeamMatrix} of {@link io.programoffice.core.dependency.StateCounts}
 *       by {@link io.programoffice.core.dependency.MatrixState}) and the dependencies of one cell, O(n + links).</li>
 *   <li>{@link io.programoffice.core.dependency.ProgramDependencyGraph}: one viewer's graph of a program for the
 *       analysis; {@link io.programoffice.core.dependency.AnalysisCache}: analyses kept while nothing they were
 *       computed from changed, per viewer visibility.</li>
 * </ul>
 * Never shows an issue the caller may not browse: such an end is {@link
 * io.programoffice.core.dependency.DependencyView.End#HIDDEN}. The analysis of dependency graphs lives elsewhere.
 */
package io.programoffice.core.dependency;
