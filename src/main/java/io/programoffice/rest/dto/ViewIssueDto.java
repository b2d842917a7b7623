package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programoffice.core.view.ViewIssue;
import java.util.List;

/**
 * One issue of {@code GET /programs/{key}/issues}: {@code assignee} is the user key the index keeps,
 * {@code assigneeName} its display name; {@code summary} is read from Jira for the issues of the page (the index
 * keeps none), {@code null} when Jira no longer has the issue.
 */
@JsonPropertyOrder({"id", "key", "project", "type", "status", "statusCategory", "assignee", "assigneeName", "team",
        "fixVersions", "estimate", "summary"})
public record ViewIssueDto(long id, String key, String project, String type, String status, String statusCategory,
                           String assignee, String assigneeName, String team, List<String> fixVersions, Double estimate, String summary) {
    public static ViewIssueDto of(ViewIssue i, String summary, String assigneeName) {
        return new ViewIssueDto(i.id(), i.key(), i.project(), i.type(), i.status(),
                i.category() == null ? "undefined" : i.category().key(), i.assignee(), assigneeName, i.team(),
                i.fixVersions(), i.estimate(), summary);
    }
}
