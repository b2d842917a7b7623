package com.atlassian.jira.issue.customfields.manager;

/** Compile-only replica of Jira 11.3's GenericConfigManager: only the type (injected, never called); never shipped. */
// type: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/manager/GenericConfigManager.java
public interface GenericConfigManager {
}
