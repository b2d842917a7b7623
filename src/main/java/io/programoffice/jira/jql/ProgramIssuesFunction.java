package io.programoffice.jira.jql;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.AbstractJqlFunction;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.sal.api.message.I18nResolver;
import io.programoffice.core.index.ProgramIndexAccess;
import io.programoffice.core.index.ProgramMembership;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramStore;
import io.programoffice.jira.JiraVisibility;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The JQL function {@code programIssues}: {@code issue in programIssues("KEY")} matches the program's issues (its
 * projects plus what its JQL matched, as the program index holds them), and
 * {@code issue in programIssues("KEY", "fixVersion name")} only those of them with that fix version (names compared
 * ignoring case, in any project).
 *
 * <p>Visibility: the values are only issues the searcher may see (Browse Projects and issue security levels, as
 * {@link JiraVisibility} decides), unless Jira runs the search with security overridden.
 * Jira itself filters search results by permission too; answering only visible ids keeps hidden ids out of anything
 * that reads the function's values.
 *
 * <p>Validation: one or two arguments. A program that does not exist gets the same message as one the searcher may
 * not see, so the function never reveals more than the programs list does: any logged-in user sees every program's
 * key (archived ones too), an anonymous searcher sees none, so for an anonymous searcher every key is "does not
 * exist or you may not see it". Archived programs keep answering, so saved filters keep working. A fix version name
 * that no issue carries is valid and matches nothing. Keys are compared ignoring case.
 *
 * <p>Cost: one scan of the index under its read lock, O(indexed issues), with the permission manager asked once per
 * project; no database access. Thread-safe (holds no state between calls).
 */
@Named
public class ProgramIssuesFunction extends AbstractJqlFunction {
    /** The function's name, as declared in the descriptor's {@code <fname>}. */
    public static final String FUNCTION_NAME = "programIssues";

    private final ProgramStore programs;
    private final ProgramIndexAccess index;
    private final JiraVisibility visibility;
    private final I18nResolver i18n;

    @Inject
    public ProgramIssuesFunction(ProgramStore programs, ProgramIndexAccess index, JiraVisibility visibility,
                                 @ComponentImport I18nResolver i18n) {
        this.programs = programs;
        this.index = index;
        this.visibility = visibility;
        this.i18n = i18n;
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        MessageSet messages = new MessageSetImpl();
        List<String> args = operand.getArgs();
        if (args.isEmpty() || args.size() > 2) {
            messages.addErrorMessage(i18n.getText("program-office.jql.programIssues.arguments",
                    operand.getName(), args.size()));
        } else if (program(searcher, args.get(0)).isEmpty()) {
            messages.addErrorMessage(i18n.getText("program-office.jql.programIssues.unknown",
                    operand.getName(), args.get(0)));
        }
        return messages;
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand,
                                        TerminalClause terminalClause) {
        List<String> args = operand.getArgs();
        if (args.isEmpty() || args.size() > 2) {
            return List.of();
        }
        boolean overridden = queryCreationContext.isSecurityOverriden();
        ApplicationUser searcher = queryCreationContext.getApplicationUser();
        Optional<Program> program = overridden ? find(args.get(0)) : program(searcher, args.get(0));
        if (program.isEmpty()) {
            return List.of();
        }
        String fixVersion = args.size() == 2 ? args.get(1) : null;
        VisibilityFilter filter = overridden ? VisibilityFilter.everything() : visibility.forUser(searcher);
        ProgramMembership membership = index.membership(program.get());
        List<QueryLiteral> values = new ArrayList<>();
        index.index().forEach(filter, issue -> {
            if (membership.contains(issue) && (fixVersion == null || hasVersion(issue.fixVersions(), fixVersion))) {
                values.add(new QueryLiteral(operand, issue.id()));
            }
        });
        return values;
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 1;
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }

    /** The program as the searcher may know it: any program for a logged-in user, none for an anonymous one. */
    private Optional<Program> program(ApplicationUser searcher, String key) {
        return searcher == null ? Optional.empty() : find(key);
    }

    private Optional<Program> find(String key) {
        String normalized = key.strip().toUpperCase(Locale.ROOT);
        return Program.KEY.matcher(normalized).matches() ? programs.find(normalized) : Optional.empty();
    }

    private static boolean hasVersion(List<String> versions, String name) {
        for (String version : versions) {
            if (version.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
