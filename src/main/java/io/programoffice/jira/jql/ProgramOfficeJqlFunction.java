package io.programoffice.jira.jql;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.AbstractJqlFunction;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.sal.api.message.I18nResolver;
import io.programoffice.core.index.IssueRecord;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramStore;
import io.programoffice.jira.JiraVisibility;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the plugin's issue JQL functions share: they answer issue ids as {@link QueryLiteral}s of the operand, only of
 * issues the searcher may see (everything when Jira runs the search with security overridden), find a program
 * argument as the programs list would show it to the searcher (any program for a logged-in user, none for an
 * anonymous one; keys ignoring case and surrounding blanks), and word their validation messages through i18n keys
 * {@code program-office.jql.<function>.<problem>}. Subclasses hold no state between calls.
 */
abstract class ProgramOfficeJqlFunction extends AbstractJqlFunction {
    private final JiraVisibility visibility;
    private final I18nResolver i18n;

    ProgramOfficeJqlFunction(JiraVisibility visibility, I18nResolver i18n) {
        this.visibility = visibility;
        this.i18n = i18n;
    }

    @Override
    public final JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }

    /** What the search may see: everything with security overridden, else the searcher's issues. */
    final VisibilityFilter visibility(QueryCreationContext context) {
        return context.isSecurityOverriden() ? VisibilityFilter.everything()
                : visibility.forUser(context.getApplicationUser());
    }

    /** What this user may see (for validation, which has no query context). */
    final VisibilityFilter visibility(ApplicationUser searcher) {
        return visibility.forUser(searcher);
    }

    /** Whether {@code viewer} may browse the issue: its project, and its security level when it has one. */
    static boolean canSee(VisibilityFilter viewer, IssueRecord issue) {
        return viewer.canBrowseProject(issue.projectKey())
                && (issue.securityLevelId() == null
                || viewer.canSeeSecurityLevel(issue.projectKey(), issue.securityLevelId()));
    }

    /**
     * The program as the search may know it: any with security overridden, else as the searcher may know it
     * ({@link #program(ApplicationUser, ProgramStore, String)}).
     */
    static Optional<Program> program(QueryCreationContext context, ProgramStore programs, String key) {
        return context.isSecurityOverriden() ? find(programs, key)
                : program(context.getApplicationUser(), programs, key);
    }

    /** The program as the searcher may know it: any program for a logged-in user, none for an anonymous one. */
    static Optional<Program> program(ApplicationUser searcher, ProgramStore programs, String key) {
        return searcher == null ? Optional.empty() : find(programs, key);
    }

    private static Optional<Program> find(ProgramStore programs, String key) {
        String normalized = key.strip().toUpperCase(Locale.ROOT);
        return Program.KEY.matcher(normalized).matches() ? programs.find(normalized) : Optional.empty();
    }

    /** A message set holding one error: the text of {@code program-office.jql.<function>.<problem>}. */
    final MessageSet error(String function, String problem, Serializable... args) {
        MessageSet messages = new MessageSetImpl();
        messages.addErrorMessage(i18n.getText("program-office.jql." + function + "." + problem, args));
        return messages;
    }

    /** The ids as literals of the operand, in the given order. */
    static List<QueryLiteral> literals(FunctionOperand operand, Collection<Long> ids) {
        List<QueryLiteral> values = new ArrayList<>(ids.size());
        for (Long id : ids) {
            values.add(new QueryLiteral(operand, id));
        }
        return values;
    }
}
