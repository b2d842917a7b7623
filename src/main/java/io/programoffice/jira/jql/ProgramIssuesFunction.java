package io.programoffice.jira.jql;

import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
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
public class ProgramIssuesFunction extends ProgramOfficeJqlFunction {
    /** The function's name, as declared in the descriptor's {@code <fname>}. */
    public static final String FUNCTION_NAME = "programIssues";

    private final ProgramStore programs;
    private final ProgramIndexAccess index;

    @Inject
    public ProgramIssuesFunction(ProgramStore programs, ProgramIndexAccess index, JiraVisibility visibility,
                                 @ComponentImport I18nResolver i18n) {
        super(visibility, i18n);
        this.programs = programs;
        this.index = index;
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        List<String> args = operand.getArgs();
        if (args.isEmpty() || args.size() > 2) {
            return error(FUNCTION_NAME, "arguments", operand.getName(), args.size());
        }
        if (program(searcher, programs, args.get(0)).isEmpty()) {
            return error(FUNCTION_NAME, "unknown", operand.getName(), args.get(0));
        }
        return new MessageSetImpl();
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand,
                                        TerminalClause terminalClause) {
        List<String> args = operand.getArgs();
        if (args.isEmpty() || args.size() > 2) {
            return List.of();
        }
        Optional<Program> program = program(queryCreationContext, programs, args.get(0));
        if (program.isEmpty()) {
            return List.of();
        }
        String fixVersion = args.size() == 2 ? args.get(1) : null;
        VisibilityFilter filter = visibility(queryCreationContext);
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

    private static boolean hasVersion(List<String> versions, String name) {
        for (String version : versions) {
            if (version.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
