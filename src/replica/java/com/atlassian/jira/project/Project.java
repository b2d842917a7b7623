package com.atlassian.jira.project;

/** Compile-only replica of Jira 11.3's Project: signatures only, no behaviour; never shipped. */
public interface Project {
    Long getId();

    String getKey();

    String getName();
}
