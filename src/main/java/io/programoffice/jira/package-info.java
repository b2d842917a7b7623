/**
 * Adapters to Jira: the only code that calls Jira API types ({@code com.atlassian.jira}, {@code com.atlassian.query},
 * ActiveObjects). Jira objects become core records here; nothing above sees an {@code Issue} or a {@code Project}.
 * Tested with Mockito at this boundary.
 */
package io.programoffice.jira;
