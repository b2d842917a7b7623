package com.atlassian.jira.project;

import java.util.List;

/** Compile-only replica of Jira 11.3's ProjectManager: signatures only, no behaviour; never shipped. */
public interface ProjectManager {
    Project getProjectByCurrentKey(String key);

    // source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/project/ProjectManager.java
    // (real declaration also has "throws com.atlassian.jira.exception.DataAccessException", a RuntimeException; omitted)
    List<Project> getProjectObjects();
}
