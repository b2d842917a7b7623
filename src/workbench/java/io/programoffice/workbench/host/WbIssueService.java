package io.programoffice.workbench.host;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates workbench issues as Jira's issue service does: {@link #validateCreate} checks the caller may create issues
 * in the project (Create Issues), the issue type, the summary (required, at most 255 characters), the assignee and
 * every custom field value (fields of the plugin's types through the plugin's own validation, {@link WbFieldTypes}),
 * collecting field errors by field id ({@code pid}, {@code issuetype}, {@code summary}, {@code assignee},
 * {@code customfield_N}); {@link #create} writes the issue and publishes the created event. Thread-safe.
 */
public final class WbIssueService implements IssueService {
    static final int SUMMARY_MAX = 255;

    private final WbProjectManager projects;
    private final WbPermissionManager permissions;
    private final WbConstantsManager constants;
    private final WbUserDirectory users;
    private final WbFieldTypes fieldTypes;
    private final WbIssueEditor editor;

    public WbIssueService(WbProjectManager projects, WbPermissionManager permissions, WbConstantsManager constants,
                          WbUserDirectory users, WbFieldTypes fieldTypes, WbIssueEditor editor) {
        this.projects = projects;
        this.permissions = permissions;
        this.constants = constants;
        this.users = users;
        this.fieldTypes = fieldTypes;
        this.editor = editor;
    }

    @Override
    public IssueInputParameters newIssueInputParameters() {
        return new WbIssueInputParameters();
    }

    @Override
    public CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters parameters) {
        WbIssueInputParameters in = (WbIssueInputParameters) parameters;
        WbErrorCollection errors = new WbErrorCollection();
        Project project = in.projectId == null ? null : projects.getProjectObj(in.projectId);
        if (project == null) {
            errors.addError("pid", "Choose a project: there is no project with id " + in.projectId + ".");
        } else if (!permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, project, user)) {
            errors.addErrorMessage("You do not have permission to create issues in project " + project.getKey()
                    + ".");
        }
        String type = null;
        for (IssueType t : constants.getAllIssueTypeObjects()) {
            if (t.getId().equals(in.issueTypeId)) {
                type = t.getName();
            }
        }
        if (type == null) {
            errors.addError("issuetype", "The issue type " + in.issueTypeId + " does not exist.");
        }
        if (in.summary == null || in.summary.isBlank()) {
            errors.addError("summary", "You must specify a summary of the issue.");
        } else if (in.summary.length() > SUMMARY_MAX) {
            errors.addError("summary", "The summary must be less than " + SUMMARY_MAX + " characters.");
        }
        if (in.assigneeId != null && users.find(in.assigneeId).isEmpty()) {
            errors.addError("assignee", "User '" + in.assigneeId + "' does not exist.");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : in.customFieldValues.entrySet()) {
            try {
                values.put(e.getKey(), fieldTypes.parse(e.getKey(), e.getValue().isEmpty() ? null
                        : e.getValue().get(0)));
            } catch (FieldValidationException | IllegalArgumentException problem) {
                errors.addError(e.getKey(), problem.getMessage());
            }
        }
        return new Validated(errors, in, type, values);
    }

    @Override
    public IssueResult create(ApplicationUser user, CreateValidationResult result) {
        if (!(result instanceof Validated v) || !v.isValid()) {
            throw new IllegalStateException("Only a valid result of validateCreate creates an issue");
        }
        WbIssue issue = editor.create(v.in.projectId, v.type, v.in.summary, v.in.description,
                v.in.reporterId == null && user != null ? user.getUsername() : v.in.reporterId, v.in.assigneeId,
                v.values);
        return new IssueResult(issue, new WbErrorCollection());
    }

    /** A validation with what {@link #create} writes. */
    private static final class Validated extends CreateValidationResult {
        private final WbIssueInputParameters in;
        private final String type;
        private final Map<String, Object> values;

        Validated(WbErrorCollection errors, WbIssueInputParameters in, String type, Map<String, Object> values) {
            super(null, errors, Map.of());
            this.in = in;
            this.type = type;
            this.values = values;
        }
    }
}
