package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/** Compile-only replica of Jira 11.3's (Jira, not SAL) UserManager: signatures only, no behaviour; never shipped. */
// type: https://docs.atlassian.com/jira/6.3.15/com/atlassian/jira/user/util/UserManager.html
// (imported by codescape/jira-scrum-poker, Jira 11.3.1; not in the reference list)
public interface UserManager {
    // source: https://github.com/atlascommunity/jira-plugins-groovy (jira 7.6.3) src/test/java/it/ru/mail/jira/plugins/groovy/util/UserHelper.java
    ApplicationUser getUserByName(String userName);

    // source: codescape/jira-scrum-poker@bb652fd67206960f8a1040ab17aa0bcc40160596 (built against jira-api 11.3.1)
    // src/main/java/de/codescape/jira/plugins/scrumpoker/action/ShowSessionsAction.java: userManager.getUserByKey(key)
    // assigned to ApplicationUser
    ApplicationUser getUserByKey(String userKey);
}
