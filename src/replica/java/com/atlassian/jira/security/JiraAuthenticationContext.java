package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

/** Compile-only replica of Jira 11.3's JiraAuthenticationContext: signatures only, no behaviour; never shipped. */
public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser();

    boolean isLoggedInUser();
}
