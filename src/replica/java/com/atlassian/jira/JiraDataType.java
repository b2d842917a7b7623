package com.atlassian.jira;

/** Compile-only replica of Jira 11.3's JiraDataType (a JQL value type): signatures only, no behaviour; never shipped. */
public interface JiraDataType {
}
