package com.atlassian.jira.issue.security;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;

/** Compile-only replica of Jira 11.3's IssueSecurityLevelManager: signatures only, no behaviour; never shipped. */
// type: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/security/IssueSecurityLevelManager.html (@PublicApi)
public interface IssueSecurityLevelManager {
    /** The security levels of the project's scheme that the user may see. */
    // source: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/security/IssueSecurityLevelManager.html
    // (List<IssueSecurityLevel> getUsersSecurityLevels(Project project, ApplicationUser user), since 5.0, not deprecated)
    List<IssueSecurityLevel> getUsersSecurityLevels(Project project, ApplicationUser user);
}
