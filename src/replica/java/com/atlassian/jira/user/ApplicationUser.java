package com.atlassian.jira.user;

/** Compile-only replica of Jira 11.3's ApplicationUser: signatures only, no behaviour; never shipped. */
public interface ApplicationUser {
    String getKey();

    String getUsername();

    String getDisplayName();

    boolean isActive();
}
