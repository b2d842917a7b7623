package io.programoffice.jira.jql;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.security.IssueSecurityLevelManager;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.sal.api.message.I18nResolver;
import io.programoffice.core.index.IssueRecord;
import io.programoffice.core.index.LinkRecord;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramScope;
import io.programoffice.core.program.ProgramStore;
import io.programoffice.core.program.StatusCategory;
import io.programoffice.jira.JiraVisibility;
import io.programoffice.testing.StoredPrograms;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What the JQL function tests share: Jira's permission and project managers mocked so that {@code bob} browses
 * every project but {@code WEB}, an i18n resolver answering {@code key [args]}, the stored programs, and helpers for
 * operands, contexts and literals.
 */
final class JqlFixture {
    final PermissionManager permissions = mock(PermissionManager.class);
    final ProjectManager projects = mock(ProjectManager.class);
    final I18nResolver i18n = mock(I18nResolver.class);
    final ApplicationUser bob = mock(ApplicationUser.class);
    final JiraVisibility visibility;
    final ProgramStore programs;

    JqlFixture(Program... stored) {
        for (String key : List.of("APP", "WEB", "SEC")) {
            Project project = mock(Project.class);
            when(projects.getProjectByCurrentKey(key)).thenReturn(project);
            when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, bob))
                    .thenReturn(!key.equals("WEB"));
        }
        when(i18n.getText(anyString(), any(Serializable[].class))).thenAnswer(call -> call.getArgument(0) + " "
                + Arrays.toString(Arrays.copyOfRange(call.getArguments(), 1, call.getArguments().length)));
        visibility = new JiraVisibility(mock(JiraAuthenticationContext.class), permissions, projects,
                mock(IssueSecurityLevelManager.class));
        programs = new StoredPrograms(stored);
    }

    static Program program(String key, List<String> projectKeys, long schemeId) {
        return new Program(key, key + " program", "", List.of("alice"), List.of(), schemeId,
                new ProgramScope(projectKeys, null), false, 1);
    }

    static IssueRecord issue(long id, String key, List<LinkRecord> links) {
        return new IssueRecord(id, key, key.substring(0, key.indexOf('-')), "Story", "To Do", StatusCategory.NEW,
                null, 0, 0, List.of(), List.of(), null, null, null, null, null, links);
    }

    static FunctionOperand call(String name, String... args) {
        return new FunctionOperand(name, args);
    }

    static QueryCreationContext context(ApplicationUser user, boolean overridden) {
        QueryCreationContext context = mock(QueryCreationContext.class);
        when(context.getApplicationUser()).thenReturn(user);
        when(context.isSecurityOverriden()).thenReturn(overridden);
        return context;
    }

    static List<Long> ids(List<QueryLiteral> literals) {
        return literals.stream().map(QueryLiteral::getLongValue).sorted().toList();
    }

    static Set<String> messages(com.atlassian.jira.util.MessageSet messages) {
        return messages.getErrorMessages();
    }
}
