package io.programoffice.jira;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.project.version.VersionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.programoffice.core.admin.Actor;
import io.programoffice.core.audit.AuditLog;
import io.programoffice.core.dependency.Dependencies;
import io.programoffice.core.dependency.DependencyCaller;
import io.programoffice.core.dependency.DependencyHost;
import io.programoffice.core.dependency.DependencyLink;
import io.programoffice.core.dependency.DependencyStore;
import io.programoffice.core.index.IssueRecord;
import io.programoffice.core.index.ProgramIndexAccess;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dependencies on Jira: links through Jira's {@link IssueLinkManager} as the logged-in user (Jira's link events keep
 * the program index current), programs and schemes from the plugin's stores (re-read only when they changed), expected finishes from fix version
 * release dates, and the caller's sides by the Edit Issues project permission. Builds the core
 * {@link Dependencies} service once. Thread-safe.
 */
@Named
public class JiraDependencies implements DependencyHost {
    private final IssueLinkManager links;
    private final IssueLinkTypeManager linkTypes;
    private final JiraAuthenticationContext authentication;
    private final PermissionManager permissions;
    private final ProjectManager projects;
    private final VersionManager versions;
    private final ProgramsWithSchemes programs;
    private final JiraVisibility visibility;
    private final Dependencies dependencies;
    private final ZoneId zone = ZoneId.systemDefault();

    @Inject
    public JiraDependencies(@ComponentImport IssueLinkManager links, @ComponentImport IssueLinkTypeManager linkTypes,
                            @ComponentImport JiraAuthenticationContext authentication,
                            @ComponentImport PermissionManager permissions, @ComponentImport ProjectManager projects,
                            @ComponentImport VersionManager versions, ProgramsWithSchemes programs,
                            ProgramIndexAccess index, JiraVisibility visibility, DependencyStore store,
                            AuditLog audit, AoTransactions transactions) {
        this.links = links;
        this.linkTypes = linkTypes;
        this.authentication = authentication;
        this.permissions = permissions;
        this.projects = projects;
        this.versions = versions;
        this.programs = programs;
        this.visibility = visibility;
        this.dependencies = new Dependencies(store, this, index, audit, transactions, Clock.systemDefaultZone());
    }

    /** The dependency rules. */
    public Dependencies dependencies() {
        return dependencies;
    }

    /** The logged-in user as a dependency caller: what they browse, and the projects where they may edit issues. */
    public DependencyCaller caller(Actor actor) {
        ApplicationUser user = authentication.getLoggedInUser();
        Map<String, Boolean> edit = new HashMap<>();
        return new DependencyCaller(actor, visibility.forUser(user), issue -> user != null
                && edit.computeIfAbsent(issue.projectKey(), key -> {
                    Project project = projects.getProjectByCurrentKey(key);
                    return project != null && permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, project, user);
                }));
    }

    @Override
    public Optional<DependencyLink> link(long linkId) {
        return Optional.ofNullable(links.getIssueLink(linkId)).map(JiraDependencies::toLink);
    }

    @Override
    public Optional<DependencyLink> link(String linkType, long sourceId, long destinationId) {
        return linkType(linkType).map(t -> links.getIssueLink(sourceId, destinationId, t.getId()))
                .map(JiraDependencies::toLink);
    }

    @Override
    public DependencyLink createLink(String linkType, long sourceId, long destinationId) {
        IssueLinkType type = linkType(linkType)
                .orElseThrow(() -> new IllegalStateException("Jira has no link type named " + linkType));
        try {
            links.createIssueLink(sourceId, destinationId, type.getId(), null, authentication.getLoggedInUser());
        } catch (CreateException e) {
            throw new IllegalStateException("Jira refused the link: " + e.getMessage(), e);
        }
        IssueLink created = links.getIssueLink(sourceId, destinationId, type.getId());
        if (created == null) {
            throw new IllegalStateException("Jira did not create the link of " + sourceId + " and " + destinationId);
        }
        return toLink(created);
    }

    @Override
    public void deleteLink(long linkId) {
        IssueLink link = links.getIssueLink(linkId);
        if (link != null) {
            links.removeIssueLink(link, authentication.getLoggedInUser());
        }
    }

    /** Read again only when a program or scheme row changed ({@link ProgramsWithSchemes}). */
    @Override
    public List<ProgramWithScheme> programs() {
        return programs.all();
    }

    @Override
    public Optional<LocalDate> expectedFinish(IssueRecord issue) {
        if (issue.dueDate() != null) {
            return Optional.of(issue.dueDate());
        }
        if (issue.fixVersions().isEmpty()) {
            return Optional.empty();
        }
        Project project = projects.getProjectByCurrentKey(issue.projectKey());
        if (project == null) {
            return Optional.empty();
        }
        LocalDate earliest = null;
        for (Version v : versions.getVersions(project.getId())) {
            if (v.getReleaseDate() != null && issue.fixVersions().contains(v.getName())) {
                LocalDate day = v.getReleaseDate().toInstant().atZone(zone).toLocalDate();
                earliest = earliest == null || day.isBefore(earliest) ? day : earliest;
            }
        }
        return Optional.ofNullable(earliest);
    }

    private Optional<IssueLinkType> linkType(String name) {
        Collection<IssueLinkType> found = linkTypes.getIssueLinkTypesByName(name);
        return found == null ? Optional.empty() : found.stream().findFirst();
    }

    private static DependencyLink toLink(IssueLink link) {
        return new DependencyLink(link.getId(), link.getIssueLinkType().getName(), link.getSourceId(),
                link.getDestinationId());
    }
}
