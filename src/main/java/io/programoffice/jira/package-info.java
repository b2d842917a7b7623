/**
 * Adapters to Jira: the only code that calls Jira API types ({@code com.atlassian.jira}, {@code com.atlassian.query},
 * ActiveObjects). Jira objects become core records here; nothing above sees an {@code Issue} or a {@code Project}.
 * Tested with Mockito at this boundary.
 *
 * <p>The program index runtime: {@link io.programoffice.jira.JiraProgramIndex} (the node's index, its build thread
 * and the node-local reconcile job), {@link io.programoffice.jira.JiraIndexSource} (id-paged searches, issue
 * conversion, two link lookups per issue) and {@link io.programoffice.jira.JiraIndexListener} (issue and link
 * events, O(1) index work each); {@link io.programoffice.jira.JiraVisibility} filters reads by project browse and
 * issue security level.
 */
package io.programoffice.jira;
