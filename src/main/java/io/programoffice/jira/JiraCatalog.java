package io.programoffice.jira;

import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.programoffice.core.admin.Choice;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;

/**
 * What scheme and program forms pick from: Jira's user-defined link types, statuses (with their category), custom
 * fields, and the projects the logged-in user may browse. Sorted by name; thread-safe.
 */
@Named
public class JiraCatalog {
    private final IssueLinkTypeManager linkTypes;
    private final StatusManager statuses;
    private final CustomFieldManager fields;
    private final ProjectManager projects;
    private final PermissionManager permissions;
    private final JiraAuthenticationContext authentication;

    @Inject
    public JiraCatalog(@ComponentImport IssueLinkTypeManager linkTypes, @ComponentImport StatusManager statuses,
                       @ComponentImport CustomFieldManager fields, @ComponentImport ProjectManager projects,
                       @ComponentImport PermissionManager permissions,
                       @ComponentImport JiraAuthenticationContext authentication) {
        this.linkTypes = linkTypes;
        this.statuses = statuses;
        this.fields = fields;
        this.projects = projects;
        this.permissions = permissions;
        this.authentication = authentication;
    }

    /** Link types by name; the detail reads "outward / inward". */
    public List<Choice> linkTypes() {
        return sorted(linkTypes.getIssueLinkTypes().stream()
                .map(t -> new Choice(t.getName(), t.getName(), t.getOutward() + " / " + t.getInward())).toList());
    }

    /** Statuses by name; the detail is the status category's key. */
    public List<Choice> statuses() {
        return sorted(statuses.getStatuses().stream().map(s -> new Choice(s.getName(), s.getName(),
                s.getStatusCategory() == null ? "" : s.getStatusCategory().getKey())).toList());
    }

    /** Custom fields: id ({@code customfield_10002}) and name. */
    public List<Choice> fields() {
        return sorted(fields.getCustomFieldObjects().stream().map(f -> new Choice(f.getId(), f.getName(), f.getId()))
                .toList());
    }

    /** Projects the logged-in user may browse: key and name. */
    public List<Choice> browsableProjects() {
        return sorted(projects.getProjectObjects().stream()
                .filter(p -> permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, p,
                        authentication.getLoggedInUser()))
                .map(p -> new Choice(p.getKey(), p.getName(), p.getKey())).toList());
    }

    private static List<Choice> sorted(List<Choice> choices) {
        return choices.stream().sorted(Comparator.comparing(Choice::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }
}
