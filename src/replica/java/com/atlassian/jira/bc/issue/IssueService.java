package com.atlassian.jira.bc.issue;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import java.util.Map;

/**
 * Compile-only replica of Jira 11.3's IssueService: signatures only; its results are value types (the issue and the
 * errors they were given), as Jira's; never shipped. The plugin calls the three methods and reads the results; only
 * the workbench host constructs results (their constructors are Jira's {@code @Internal} ones, from the 6.3.15 source:
 * their 11.3 form is not confirmed).
 */
// type: https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/bc/issue/IssueService.html
// members: https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/bc/issue/IssueService.java (6.3.15, with User where 8.8.1+ has ApplicationUser); https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockIssueService.java (jira-api 8.8.1)
public interface IssueService {
    IssueInputParameters newIssueInputParameters();

    CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters);

    IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult);

    // source: https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/bc/issue/IssueService.java
    abstract class IssueValidationResult extends ServiceResultImpl {
        private final MutableIssue issue;

        public IssueValidationResult(MutableIssue issue, ErrorCollection errors) {
            super(errors);
            this.issue = issue;
        }

        public MutableIssue getIssue() {
            return issue;
        }
    }

    // source: https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/bc/issue/IssueService.java
    class CreateValidationResult extends IssueValidationResult {
        public CreateValidationResult(MutableIssue issue, ErrorCollection errors, Map<String, Object> fieldValuesHolder) {
            super(issue, errors);
        }
    }

    // source: https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/bc/issue/IssueService.java
    class IssueResult extends IssueValidationResult {
        public IssueResult(MutableIssue issue, ErrorCollection errors) {
            super(issue, errors);
        }
    }
}
