package com.atlassian.jira.issue.customfields.persistence;

/** Compile-only replica of Jira 11.3's CustomFieldValuePersister: only the type (injected, never called); never shipped. */
// type: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/persistence/CustomFieldValuePersister.html
public interface CustomFieldValuePersister {
}
