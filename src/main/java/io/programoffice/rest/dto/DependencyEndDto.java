package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programoffice.core.dependency.DependencyView;

/**
 * One end of a dependency: {@code {"hidden":false,"id","key","project","status","statusCategory","done","team"}}, or
 * just {@code {"hidden":true}} for an issue the caller may not browse (no id, key, status or team).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"hidden", "id", "key", "project", "status", "statusCategory", "done", "team"})
public record DependencyEndDto(boolean hidden, Long id, String key, String project, String status,
                               String statusCategory, Boolean done, String team) {
    private static final DependencyEndDto HIDDEN = new DependencyEndDto(true, null, null, null, null, null, null, null);

    public static DependencyEndDto of(DependencyView.End end) {
        if (end.hidden()) {
            return HIDDEN;
        }
        var issue = end.issue();
        return new DependencyEndDto(false, issue.id(), issue.key(), issue.projectKey(), issue.status(),
                issue.category() == null ? null : issue.category().key(), end.done(), end.team());
    }
}
