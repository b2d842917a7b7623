package com.atlassian.jira.plugin.jql.function;

/**
 * Compile-only replica of Jira 11.3's JqlFunctionModuleDescriptor: only the type (the parameter of
 * {@link JqlFunction#init}); the plugin calls none of its members; never shipped.
 */
// source: https://github.com/turgaycelik/mysource/blob/44f29e397a6a2da9340a79b8a3f61b3d51e331d1/jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/plugin/jql/function/JqlFunctionModuleDescriptor.java
// Jira 11: mocked by codescape/jira-scrum-poker@bb652fd src/test/java/de/codescape/jira/plugins/scrumpoker/jql/ActiveScrumPokerSessionsJqlFunctionTest.java
public interface JqlFunctionModuleDescriptor {
}
