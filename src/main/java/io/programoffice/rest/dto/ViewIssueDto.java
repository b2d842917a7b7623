package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programoffice.core.view.ViewIssue;
import java.util.List;

/**
 * One issue of {@code GET /programs/{key}/issues}. {@code summary} is {@code null}: the program index keeps no
 * summaries.
 */
@JsonPropertyOrder({"id", "key", "project", "type", "status", "statusCategory", "assignee", "team", "fixVersions",
        "estimate", "summary"})
public record ViewIssueDto(long id, String key, String project, String type, String status, String statusCategory,
                           String assignee, String team, List<String> fixVersions, Double estimate, String summary) {
    public static ViewIssueDto of(ViewIssue i) {
        return new ViewIssueDto(i.id(), i.key(), i.project(), i.type(), i.status(),
                i.category() == null ? "undefined" : i.category().key(), i.assignee(), i.team(), i.fixVersions(),
                i.estimate(), null);
    }
}
