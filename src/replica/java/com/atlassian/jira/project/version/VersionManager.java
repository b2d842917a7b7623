package com.atlassian.jira.project.version;

import java.util.List;

/** Compile-only replica of Jira 11.3's VersionManager: signatures only, no behaviour; never shipped. */
// source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/project/version/VersionManager.java
public interface VersionManager {
    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/project/version/VersionManager.java
    List<Version> getVersions(Long projectId);
}
