package io.programoffice.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.programoffice.core.admin.References;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link References} answered by Jira for the logged-in user: projects they may browse, users, user-defined link
 * types, statuses and custom fields (names match ignoring case), and JQL parsed by Jira's search service.
 * Thread-safe.
 */
@Named
public class JiraReferences implements References {
    private final JiraAuthenticationContext authentication;
    private final ProjectManager projects;
    private final PermissionManager permissions;
    private final UserManager users;
    private final IssueLinkTypeManager linkTypes;
    private final StatusManager statuses;
    private final CustomFieldManager fields;
    private final SearchService search;
    private final ConstantsManager constants;

    @Inject
    public JiraReferences(@ComponentImport JiraAuthenticationContext authentication,
                          @ComponentImport ProjectManager projects, @ComponentImport PermissionManager permissions,
                          @ComponentImport UserManager users, @ComponentImport IssueLinkTypeManager linkTypes,
                          @ComponentImport StatusManager statuses, @ComponentImport CustomFieldManager fields,
                          @ComponentImport SearchService search, @ComponentImport ConstantsManager constants) {
        this.authentication = authentication;
        this.projects = projects;
        this.permissions = permissions;
        this.users = users;
        this.linkTypes = linkTypes;
        this.statuses = statuses;
        this.fields = fields;
        this.search = search;
        this.constants = constants;
    }

    @Override
    public Optional<String> issueTypeName(String name) {
        String wanted = name == null ? "" : name.strip();
        return constants.getAllIssueTypeObjects().stream().map(t -> t.getName())
                .filter(n -> n != null && n.equalsIgnoreCase(wanted)).findFirst();
    }

    @Override
    public List<String> missingProjects(Collection<String> keys) {
        ApplicationUser user = authentication.getLoggedInUser();
        return keys.stream().filter(key -> {
            Project project = projects.getProjectByCurrentKey(key);
            return project == null || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user);
        }).toList();
    }

    @Override
    public List<String> hiddenProjects(Collection<String> keys) {
        ApplicationUser user = authentication.getLoggedInUser();
        return keys.stream().filter(key -> {
            Project project = projects.getProjectByCurrentKey(key);
            return project != null && !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user);
        }).toList();
    }

    @Override
    public List<String> missingUsers(Collection<String> usernames) {
        return usernames.stream().filter(name -> users.getUserByName(name) == null).toList();
    }

    @Override
    public Optional<String> linkTypeName(String name) {
        return linkTypes.getIssueLinkTypes().stream().map(IssueLinkType::getName)
                .filter(known -> lower(known).equals(lower(name))).findFirst();
    }

    @Override
    public List<String> missingStatuses(Collection<String> names) {
        Set<String> known = statuses.getStatuses().stream().map(Status::getName).map(JiraReferences::lower)
                .collect(Collectors.toSet());
        return names.stream().filter(name -> !known.contains(lower(name))).toList();
    }

    @Override
    public boolean fieldExists(String fieldId) {
        return fields.getCustomFieldObject(fieldId) != null;
    }

    @Override
    public Optional<String> jqlError(String jql) {
        SearchService.ParseResult parsed = search.parseQuery(authentication.getLoggedInUser(), jql);
        return parsed.isValid() ? Optional.empty()
                : Optional.of(String.join(" ", parsed.getErrors().getErrorMessages()));
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
