package io.programoffice.core.view;

import io.programoffice.core.program.StatusCategory;
import java.util.List;

/**
 * One issue of a view's issue list, as the index holds it (no summary: the index keeps none). Immutable.
 *
 * @param id          Jira's issue id
 * @param key         the issue key
 * @param project     the project key
 * @param type        the issue type's name
 * @param status      the status's name
 * @param category    the status category, {@code null} for "undefined"
 * @param assignee    the assignee's user key, or {@code null}
 * @param team        the team, or {@code null}
 * @param fixVersions fix version names
 * @param estimate    the estimate, or {@code null}
 */
public record ViewIssue(long id, String key, String project, String type, String status, StatusCategory category,
                        String assignee, String team, List<String> fixVersions, Double estimate) {
    public ViewIssue {
        fixVersions = List.copyOf(fixVersions);
    }
}
