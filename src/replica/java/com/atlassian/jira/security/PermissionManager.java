package com.atlassian.jira.security;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/** Compile-only replica of Jira 11.3's PermissionManager: signatures only, no behaviour; never shipped. */
public interface PermissionManager {
    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/security/PermissionManager.java
    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);
}
