/**
 * JQL functions the plugin adds to Jira: {@link io.programoffice.jira.jql.ProgramIssuesFunction}
 * ({@code issue in programIssues("KEY")}). They answer from the node's program index, never by running JQL, so a
 * call costs one scan of the index (O(indexed issues), about a millisecond per 100,000) and no database access.
 */
package io.programoffice.jira.jql;
