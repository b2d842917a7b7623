package io.programoffice.jira;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import java.util.Map;
import org.junit.Test;

/** The issue key of a web panel's context, read at the Jira boundary. */
public class JiraIssueContextTest {
    @Test
    public void issueKey_isTheContextIssuesKey_orEmptyWithoutAnIssue() {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn("APP-7");
        JiraIssueContext context = new JiraIssueContext();
        assertEquals("APP-7", context.issueKey(Map.of("issue", issue)));
        assertEquals("", context.issueKey(Map.of("issue", "APP-7")));
        assertEquals("", context.issueKey(Map.of()));
    }
}
