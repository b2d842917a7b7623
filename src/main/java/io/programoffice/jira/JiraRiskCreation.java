package io.programoffice.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.programoffice.core.program.Program;
import io.programoffice.core.risk.RiskScale;
import io.programoffice.core.scheme.RiskSource;
import io.programoffice.core.validation.FieldErrors;
import io.programoffice.core.validation.ValidationException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Creates a risk issue through Jira's issue service, as a user creating it by hand would: in one of the program's
 * projects where they may create issues, of the scheme's risk type, with the summary, description, probability and
 * impact given (Jira's field validation and the risk field types' own rules apply), owned by the creator when the
 * scheme's owner is the assignee, and linked ("Relates") to the issues the evidence names where the creator may link
 * issues. Nothing is created when any check fails: the errors name the field ({@code project}, {@code summary},
 * {@code probability}, {@code impact}) or are general. Thread-safe.
 */
@Named
public class JiraRiskCreation {
    /** The link type that ties a created risk to its evidence. */
    static final String EVIDENCE_LINK_TYPE = "Relates";
    static final int SUMMARY_MAX = 255;

    private final IssueService issues;
    private final ProjectManager projects;
    private final PermissionManager permissions;
    private final ConstantsManager constants;
    private final IssueManager issueManager;
    private final IssueLinkManager links;
    private final IssueLinkTypeManager linkTypes;
    private final JiraAuthenticationContext authentication;

    @Inject
    public JiraRiskCreation(@ComponentImport IssueService issues, @ComponentImport ProjectManager projects,
                            @ComponentImport PermissionManager permissions, @ComponentImport ConstantsManager constants,
                            @ComponentImport IssueManager issueManager, @ComponentImport IssueLinkManager links,
                            @ComponentImport IssueLinkTypeManager linkTypes,
                            @ComponentImport JiraAuthenticationContext authentication) {
        this.issues = issues;
        this.projects = projects;
        this.permissions = permissions;
        this.constants = constants;
        this.issueManager = issueManager;
        this.links = links;
        this.linkTypes = linkTypes;
        this.authentication = authentication;
    }

    /**
     * What to create.
     *
     * @param projectKey  one of the program's projects
     * @param summary     1–255 characters
     * @param description the description (the evidence in words), or null
     * @param probability 1–5, or null
     * @param impact      1–5, or null
     * @param evidence    keys of the issues to link the risk to
     */
    public record Draft(String projectKey, String summary, String description, Integer probability, Integer impact,
                        List<String> evidence) {
    }

    /**
     * The created risk.
     *
     * @param key      its issue key
     * @param linked   the evidence issues it was linked to
     * @param unlinked the evidence issues it could not be linked to (the creator may not link issues, or Jira has no
     *                 "Relates" link type)
     */
    public record Created(String key, List<String> linked, List<String> unlinked) {
    }

    /**
     * Creates the risk as the logged-in user.
     *
     * @throws ValidationException with field and general errors; nothing is created then
     */
    public Created create(Program program, RiskSource source, Draft draft) {
        ApplicationUser user = authentication.getLoggedInUser();
        FieldErrors errors = new FieldErrors();
        if (!source.enabled()) {
            errors.general("program-office.risk.create.disabled", program.key());
            errors.throwIfAny();
        }
        String projectKey = draft.projectKey() == null ? "" : draft.projectKey().trim();
        Project project = projectKey.isEmpty() ? null : projects.getProjectByCurrentKey(projectKey);
        if (projectKey.isEmpty()) {
            errors.add("project", "program-office.risk.create.project.missing");
        } else if (project == null || !program.projectKeys().contains(project.getKey())
                || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user)) {
            errors.add("project", "program-office.risk.create.project.unknown", projectKey, program.key());
        } else if (!permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, project, user)) {
            errors.add("project", "program-office.risk.create.project.forbidden", project.getKey());
        }
        String summary = draft.summary() == null ? "" : draft.summary().strip();
        errors.check(summary.isEmpty(), "summary", "program-office.risk.create.summary.missing");
        errors.check(summary.length() > SUMMARY_MAX, "summary", "program-office.risk.create.summary.long", SUMMARY_MAX);
        level(errors, "probability", draft.probability());
        level(errors, "impact", draft.impact());
        String typeId = issueTypeId(source.issueType());
        if (typeId == null) {
            errors.general("program-office.risk.create.type.unknown", source.issueType());
        }
        errors.throwIfAny();

        IssueInputParameters in = issues.newIssueInputParameters();
        in.setProjectId(project.getId());
        in.setIssueTypeId(typeId);
        in.setSummary(summary);
        in.setDescription(draft.description());
        in.setReporterId(user.getUsername());
        if (RiskSource.ASSIGNEE.equals(source.ownerField())) {
            in.setAssigneeId(user.getUsername());
        } else {
            in.addCustomFieldValue(source.ownerField(), user.getUsername());
        }
        if (draft.probability() != null) {
            in.addCustomFieldValue(source.probabilityField(), draft.probability().toString());
        }
        if (draft.impact() != null) {
            in.addCustomFieldValue(source.impactField(), draft.impact().toString());
        }
        in.setSkipScreenCheck(true);
        IssueService.CreateValidationResult validated = issues.validateCreate(user, in);
        if (!validated.isValid()) {
            throw jiraErrors(validated.getErrorCollection().getErrors(),
                    validated.getErrorCollection().getErrorMessages(), source);
        }
        IssueService.IssueResult result = issues.create(user, validated);
        if (!result.isValid()) {
            throw jiraErrors(result.getErrorCollection().getErrors(), result.getErrorCollection().getErrorMessages(),
                    source);
        }
        MutableIssue created = result.getIssue();
        return link(created, project, draft.evidence(), user);
    }

    private Created link(MutableIssue risk, Project project, List<String> evidence, ApplicationUser user) {
        List<String> linked = new ArrayList<>();
        List<String> unlinked = new ArrayList<>();
        Collection<IssueLinkType> types = linkTypes.getIssueLinkTypesByName(EVIDENCE_LINK_TYPE);
        boolean may = types != null && !types.isEmpty()
                && permissions.hasPermission(ProjectPermissions.LINK_ISSUES, project, user);
        for (String key : evidence) {
            MutableIssue other = may ? issueManager.getIssueByCurrentKey(key) : null;
            if (other == null) {
                unlinked.add(key);
                continue;
            }
            try {
                links.createIssueLink(risk.getId(), other.getId(), types.iterator().next().getId(), null, user);
                linked.add(key);
            } catch (CreateException e) {
                unlinked.add(key);
            }
        }
        return new Created(risk.getKey(), linked, unlinked);
    }

    private static void level(FieldErrors errors, String field, Integer value) {
        errors.check(value != null && (value < RiskScale.MIN || value > RiskScale.MAX), field,
                "program-office.risk.scale.range", value, RiskScale.MIN, RiskScale.MAX);
    }

    private String issueTypeId(String name) {
        for (IssueType t : constants.getAllIssueTypeObjects()) {
            if (t.getName() != null && t.getName().equalsIgnoreCase(name)) {
                return t.getId();
            }
        }
        return null;
    }

    /** Jira's own errors, at the draft's fields where they are about them. */
    private static ValidationException jiraErrors(Map<String, String> fields, Collection<String> messages,
                                                  RiskSource source) {
        FieldErrors errors = new FieldErrors();
        fields.forEach((field, message) -> {
            String at = field.equals(source.probabilityField()) ? "probability"
                    : field.equals(source.impactField()) ? "impact"
                    : field.equals("pid") ? "project"
                    : field.equals("summary") ? "summary" : null;
            if (at == null) {
                errors.general("program-office.risk.create.jira", field + ": " + message);
            } else {
                errors.add(at, "program-office.risk.create.jira", message);
            }
        });
        messages.forEach(m -> errors.general("program-office.risk.create.jira", m));
        if (errors.isEmpty()) {
            errors.general("program-office.risk.create.refused");
        }
        return new ValidationException(errors);
    }
}
