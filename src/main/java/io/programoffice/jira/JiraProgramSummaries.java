package io.programoffice.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.programoffice.core.index.IndexStatus;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramSummary;
import io.programoffice.core.program.Viewer;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The current Jira user as a {@link Viewer}, and program summaries counted for them: from the program index once it
 * is ready and holds all the program's projects (one scan, no JQL search; the same numbers the program views show),
 * else with JQL counts (one permission check per project and four counts per visible project). Thread-safe.
 */
@Named
public class JiraProgramSummaries {
    private final JiraAuthenticationContext authentication;
    private final SearchService search;
    private final PermissionManager permissions;
    private final ProjectManager projects;
    private final JiraProgramIndex index;
    private final JiraVisibility visibility;

    @Inject
    public JiraProgramSummaries(@ComponentImport JiraAuthenticationContext authentication,
                                @ComponentImport SearchService search,
                                @ComponentImport PermissionManager permissions,
                                @ComponentImport ProjectManager projects,
                                JiraProgramIndex index, JiraVisibility visibility) {
        this.authentication = authentication;
        this.search = search;
        this.permissions = permissions;
        this.projects = projects;
        this.index = index;
        this.visibility = visibility;
    }

    /** Who is logged in, or empty for an anonymous request. */
    public Optional<Viewer> currentViewer() {
        ApplicationUser user = authentication.getLoggedInUser();
        return user == null ? Optional.empty() : Optional.of(new Viewer(user.getUsername()));
    }

    /**
     * The program's projects the logged-in user may browse, in program order: lists never name a project the viewer
     * cannot see. Empty for an anonymous request.
     */
    public List<String> visibleProjectKeys(Program program) {
        return visibleProjectKeys(program, browsableProjects());
    }

    /** The program's projects that {@code browsable} accepts, in program order. */
    public static List<String> visibleProjectKeys(Program program, Predicate<String> browsable) {
        return program.projectKeys().stream().filter(browsable).toList();
    }

    /**
     * Whether the logged-in user may browse a project, remembering each answer: for one request that shows many
     * programs, each project is checked once. Not thread-safe; don't keep it beyond the request.
     */
    public Predicate<String> browsableProjects() {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            return key -> false;
        }
        JiraIssueCounts counts = new JiraIssueCounts(user, search, permissions, projects);
        Map<String, Boolean> known = new HashMap<>();
        return key -> known.computeIfAbsent(key, counts::canBrowse);
    }

    /**
     * Summarises {@code program} for the logged-in user, counting only issues they may browse.
     *
     * @throws IllegalStateException when nobody is logged in
     */
    public ProgramSummary summarize(Program program) {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            throw new IllegalStateException("summaries are counted for a logged-in user");
        }
        if (index.status().state() == IndexStatus.State.READY
                && index.scope().projectKeys().containsAll(program.projectKeys())) {
            VisibilityFilter viewer = visibility.forUser(user);
            return ProgramSummary.of(program, new IndexIssueCounts(index.index().count(viewer), viewer, projects));
        }
        return ProgramSummary.of(program, new JiraIssueCounts(user, search, permissions, projects));
    }
}
