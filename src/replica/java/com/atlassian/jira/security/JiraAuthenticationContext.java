package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Locale;

/** Compile-only replica of Jira 11.3's JiraAuthenticationContext: signatures only, no behaviour; never shipped. */
public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser();

    boolean isLoggedInUser();

    // source: https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockJiraAuthenticationContext.java (Jira 8.8.1)
    Locale getLocale();
}
