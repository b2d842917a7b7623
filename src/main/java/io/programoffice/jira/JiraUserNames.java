package io.programoffice.jira;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Display names for the user keys the program index keeps (Jira user keys are ids, e.g. {@code JIRAUSER10100}, not
 * names people recognise). Thread-safe.
 */
@Named
public class JiraUserNames {
    private final UserManager users;

    @Inject
    public JiraUserNames(@ComponentImport UserManager users) {
        this.users = users;
    }

    /** The display name of the user with this key, or the key when Jira no longer knows it (a deleted user). */
    public String displayName(String userKey) {
        ApplicationUser user = users.getUserByKey(userKey);
        return user == null ? userKey : user.getDisplayName();
    }

    /**
     * Key → display name, asking Jira once per key and remembering the answer for one request; a key Jira no longer
     * knows (a deleted user) shows as the key. Not thread-safe; don't keep it beyond the request.
     */
    public UnaryOperator<String> forOneRequest() {
        Map<String, String> known = new HashMap<>();
        return key -> key == null ? null : known.computeIfAbsent(key, this::displayName);
    }
}
