package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/** Compile-only replica of Jira 11.3's GlobalPermissionManager: signatures only, no behaviour; never shipped. */
public interface GlobalPermissionManager {
    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/security/GlobalPermissionManager.java ; called with (ADMINISTER, user) by
    // atlassian-labs/atlassian-slack-integration-server (Jira 11.0.0) and codescape/jira-scrum-poker (Jira 11.3.1)
    boolean hasPermission(GlobalPermissionKey permissionKey, ApplicationUser user);
}
