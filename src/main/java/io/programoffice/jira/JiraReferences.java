package io.programoffice.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
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
import io.programoffice.core.admin.FieldKind;
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

    /**
     * By the field type's complete key: the app's risk level and ROAM types, Jira's number, text, user picker and
     * date types; anything else is {@link FieldKind#OTHER}.
     */
    @Override
    public Optional<FieldKind> fieldKind(String fieldId) {
        CustomField field = fields.getCustomFieldObject(fieldId);
        if (field == null) {
            return Optional.empty();
        }
        String key = field.getCustomFieldType() == null || field.getCustomFieldType().getKey() == null ? ""
                : field.getCustomFieldType().getKey();
        String module = key.substring(key.indexOf(':') + 1);
        boolean system = key.startsWith(SYSTEM_TYPES);
        if (key.startsWith(PLUGIN_TYPES)) {
            return Optional.of(switch (module) {
                case "risk-probability", "risk-impact" -> FieldKind.RISK_LEVEL;
                case "risk-roam" -> FieldKind.ROAM;
                default -> FieldKind.OTHER;
            });
        }
        return Optional.of(!system ? FieldKind.OTHER : switch (module) {
            case "float" -> FieldKind.NUMBER;
            case "textfield", "textarea" -> FieldKind.TEXT;
            case "userpicker" -> FieldKind.USER;
            case "datepicker", "datetime" -> FieldKind.DATE;
            default -> FieldKind.OTHER;
        });
    }

    @Override
    public Optional<String> jqlError(String jql) {
        SearchService.ParseResult parsed = search.parseQuery(authentication.getLoggedInUser(), jql);
        return parsed.isValid() ? Optional.empty()
                : Optional.of(String.join(" ", parsed.getErrors().getErrorMessages()));
    }

    /** The complete keys of Jira's own field types start so. */
    static final String SYSTEM_TYPES = "com.atlassian.jira.plugin.system.customfieldtypes:";
    /** The complete keys of this app's field types start so (the plugin key and a colon). */
    static final String PLUGIN_TYPES = "io.programoffice.program-office-jira:";

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
