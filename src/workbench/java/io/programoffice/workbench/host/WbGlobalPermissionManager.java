package io.programoffice.workbench.host;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import io.programoffice.workbench.data.WorkbenchDataException;

/**
 * Global permissions in the workbench: {@code ADMINISTER} and {@code SYSTEM_ADMIN} belong to the directory's
 * administrators; no one holds any other global permission. Each check reads the directory (one query), so a user's
 * admin flag is current. Thread-safe.
 */
public final class WbGlobalPermissionManager implements GlobalPermissionManager {
    private final WbUserDirectory users;

    /** @param users the workbench's users */
    public WbGlobalPermissionManager(WbUserDirectory users) {
        this.users = users;
    }

    /**
     * @param permissionKey the global permission
     * @param user the user, looked up by username; {@code null} (anonymous) holds nothing
     * @return whether the user holds the permission
     * @throws WorkbenchDataException on a database failure
     */
    @Override
    public boolean hasPermission(GlobalPermissionKey permissionKey, ApplicationUser user) {
        if (user == null || permissionKey == null) {
            return false;
        }
        boolean adminPermission = permissionKey.equals(GlobalPermissionKey.ADMINISTER)
                || permissionKey.equals(GlobalPermissionKey.SYSTEM_ADMIN);
        return adminPermission && users.isAdmin(user.getUsername());
    }
}
