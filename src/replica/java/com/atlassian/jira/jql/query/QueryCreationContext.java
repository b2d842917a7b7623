package com.atlassian.jira.jql.query;

import com.atlassian.jira.user.ApplicationUser;

/** Compile-only replica of Jira 11.3's QueryCreationContext: signatures only, no behaviour; never shipped. */
public interface QueryCreationContext {
    ApplicationUser getApplicationUser();

    boolean isSecurityOverriden();
}
