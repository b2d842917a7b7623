/** Jira-style paging ({@code startAt}, {@code maxResults}, {@code total}) for list endpoints. */
package io.programoffice.core.paging;
