package io.programoffice.workbench.host;

import com.atlassian.jira.issue.security.IssueSecurityLevel;
import com.atlassian.jira.issue.security.IssueSecurityLevelManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import io.programoffice.workbench.data.WorkbenchDataException;
import io.programoffice.workbench.data.WorkbenchDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Issue security levels of the workbench: one scheme for all projects ({@code SECURITY_LEVEL}); a user sees a level
 * when listed in {@code SECURITY_LEVEL_MEMBER}. Administrators are members like anyone else. Thread-safe.
 */
public final class WbIssueSecurityLevelManager implements IssueSecurityLevelManager {
    private final WorkbenchDatabase db;
    private final HostCache<String, List<IssueSecurityLevel>> byUser;

    /** @param db the workbench database; each user's levels are kept in memory as Jira does ({@link HostCache}) */
    public WbIssueSecurityLevelManager(WorkbenchDatabase db) {
        this.db = db;
        this.byUser = new HostCache<>(db, this::read);
    }

    /** The levels the user may see; none for an anonymous user. The project does not matter (one scheme). */
    @Override
    public List<IssueSecurityLevel> getUsersSecurityLevels(Project project, ApplicationUser user) {
        return user == null ? List.of() : byUser.get(user.getUsername());
    }

    private List<IssueSecurityLevel> read(String username) {
        List<IssueSecurityLevel> out = new ArrayList<>();
        try (Connection c = db.connection();
             PreparedStatement s = c.prepareStatement("SELECT l.ID, l.NAME FROM SECURITY_LEVEL l JOIN"
                     + " SECURITY_LEVEL_MEMBER m ON m.LEVEL_ID = l.ID WHERE m.USERNAME = ? ORDER BY l.ID")) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    String name = r.getString(2);
                    out.add(new IssueSecurityLevel() {
                        @Override
                        public Long getId() {
                            return id;
                        }

                        @Override
                        public String getName() {
                            return name;
                        }
                    });
                }
            }
            return List.copyOf(out);
        } catch (SQLException e) {
            throw new WorkbenchDataException("Cannot read the security levels of " + username, e);
        }
    }

    /** Ids of the levels the user may see. */
    public Set<Long> visibleLevelIds(ApplicationUser user) {
        return getUsersSecurityLevels(null, user).stream().map(IssueSecurityLevel::getId).collect(Collectors.toSet());
    }
}
