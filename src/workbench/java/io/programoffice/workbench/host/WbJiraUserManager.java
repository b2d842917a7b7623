package io.programoffice.workbench.host;

import com.atlassian.jira.user.util.UserManager;
import io.programoffice.workbench.data.WorkbenchDataException;

/**
 * Jira's user manager over the workbench's {@link WbUserDirectory}: one query per call, usernames matched exactly.
 * Thread-safe.
 */
public final class WbJiraUserManager implements UserManager {
    private final WbUserDirectory users;

    /** @param users the workbench's users */
    public WbJiraUserManager(WbUserDirectory users) {
        this.users = users;
    }

    /**
     * @param userName the login name, matched exactly; {@code null} finds nobody
     * @return the user, or {@code null} when there is none with this name
     * @throws WorkbenchDataException on a database failure
     */
    @Override
    public WbUser getUserByName(String userName) {
        return users.find(userName).orElse(null);
    }

    /**
     * The workbench's user keys are their usernames.
     *
     * @param userKey the user's key; {@code null} finds nobody
     * @return the user, or {@code null} when there is none with this key
     * @throws WorkbenchDataException on a database failure
     */
    @Override
    public WbUser getUserByKey(String userKey) {
        return getUserByName(userKey);
    }
}
