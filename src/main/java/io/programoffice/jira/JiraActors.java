package io.programoffice.jira;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.programoffice.core.admin.Actor;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * The logged-in Jira user as an {@link Actor}: a Jira administrator holds Administer or System Administer (both are
 * checked, as Jira 11 plugins do). Thread-safe.
 */
@Named
public class JiraActors {
    private final JiraAuthenticationContext authentication;
    private final GlobalPermissionManager globalPermissions;

    @Inject
    public JiraActors(@ComponentImport JiraAuthenticationContext authentication,
                      @ComponentImport GlobalPermissionManager globalPermissions) {
        this.authentication = authentication;
        this.globalPermissions = globalPermissions;
    }

    /** The logged-in user, or empty when anonymous. */
    public Optional<Actor> current() {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            return Optional.empty();
        }
        boolean admin = globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, user)
                || globalPermissions.hasPermission(GlobalPermissionKey.SYSTEM_ADMIN, user);
        return Optional.of(new Actor(user.getUsername(), admin));
    }
}
