package io.programoffice.jira;

import com.atlassian.jira.issue.Issue;
import jakarta.inject.Named;
import java.util.Map;

/**
 * Reads the issue out of a Jira web-fragment context (the issue view hands its {@code issue} to web panels), so web
 * code never touches Jira's {@link Issue}. Stateless; thread-safe.
 */
@Named
public class JiraIssueContext {
    /** The key of the context's {@code issue}, or {@code ""} when there is none. */
    public String issueKey(Map<String, Object> context) {
        return context.get("issue") instanceof Issue issue && issue.getKey() != null ? issue.getKey() : "";
    }
}
