package io.programoffice.workbench.host;

import com.atlassian.jira.issue.IssueInputParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a caller fills in to create an issue through {@link WbIssueService}: a plain holder. Not thread-safe. */
public final class WbIssueInputParameters implements IssueInputParameters {
    Long projectId;
    String issueTypeId;
    String summary;
    String description;
    String reporterId;
    String assigneeId;
    final Map<String, List<String>> customFieldValues = new LinkedHashMap<>();

    @Override
    public IssueInputParameters setProjectId(Long id) {
        projectId = id;
        return this;
    }

    @Override
    public IssueInputParameters setIssueTypeId(String id) {
        issueTypeId = id;
        return this;
    }

    @Override
    public IssueInputParameters setSummary(String text) {
        summary = text;
        return this;
    }

    @Override
    public IssueInputParameters setDescription(String text) {
        description = text;
        return this;
    }

    @Override
    public IssueInputParameters setReporterId(String id) {
        reporterId = id;
        return this;
    }

    @Override
    public IssueInputParameters setAssigneeId(String id) {
        assigneeId = id;
        return this;
    }

    @Override
    public IssueInputParameters addCustomFieldValue(String fullCustomFieldKey, String... values) {
        customFieldValues.put(fullCustomFieldKey, List.of(values));
        return this;
    }

    @Override
    public void setSkipScreenCheck(boolean skipScreenCheck) {
        // the workbench has no screens: every field may be set
    }
}
