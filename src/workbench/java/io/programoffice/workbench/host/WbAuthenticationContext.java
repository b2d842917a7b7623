package io.programoffice.workbench.host;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Locale;

/** The logged-in user of the current request thread, set by the workbench's authentication filter. */
public final class WbAuthenticationContext implements JiraAuthenticationContext {
    private final ThreadLocal<ApplicationUser> user = new ThreadLocal<>();

    @Override
    public ApplicationUser getLoggedInUser() {
        return user.get();
    }

    @Override
    public boolean isLoggedInUser() {
        return user.get() != null;
    }

    /** The workbench speaks English: its i18n resolver reads the plugin's default bundle. */
    @Override
    public Locale getLocale() {
        return Locale.ENGLISH;
    }

    /** Makes {@code who} (null: anonymous) this thread's user and returns the previous one, to restore later. */
    public ApplicationUser use(ApplicationUser who) {
        ApplicationUser before = user.get();
        if (who == null) {
            user.remove();
        } else {
            user.set(who);
        }
        return before;
    }
}
