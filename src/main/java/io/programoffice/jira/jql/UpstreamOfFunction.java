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
import io.programoffice.core.dependency.Dependencies;
import io.programoffice.core.index.IssueRecord;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.jira.JiraDependencies;
import io.programoffice.jira.JiraVisibility;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JQL function {@code upstreamOf}: {@code issue in upstreamOf("APP-1")} matches the issues APP-1 directly
 * depends on (waits on): issue links whose type the scheme of a program containing either issue maps, the type's
 * dependent end being APP-1.
 *
 * <p>Visibility: only issues the searcher may see, unless Jira runs the search with security overridden. Validation:
 * exactly one argument, the key of an issue the searcher may see; an issue that does not exist gets the same message
 * as a hidden one. Cost: the programs and schemes read once, then O(links of the issue × programs). Thread-safe.
 */
@Named
public class UpstreamOfFunction extends DependencyIssuesFunction {
    /** The function's name, as declared in the descriptor's {@code <fname>}. */
    public static final String FUNCTION_NAME = "upstreamOf";

    @Inject
    public UpstreamOfFunction(JiraDependencies dependencies, JiraVisibility visibility,
                              @ComponentImport I18nResolver i18n) {
        super(dependencies, visibility, i18n);
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        List<String> args = operand.getArgs();
        if (args.size() != 1) {
            return error(FUNCTION_NAME, "arguments", operand.getName(), args.size());
        }
        if (!known(searcher, args.get(0))) {
            return error(FUNCTION_NAME, "unknown", operand.getName(), args.get(0));
        }
        return new MessageSetImpl();
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand,
                                        TerminalClause terminalClause) {
        List<String> args = operand.getArgs();
        if (args.size() != 1) {
            return List.of();
        }
        Dependencies.Walk walk = walk();
        VisibilityFilter viewer = visibility(queryCreationContext);
        Optional<IssueRecord> issue = visibleIssue(walk, viewer, args.get(0));
        if (issue.isEmpty()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (IssueRecord upstream : walk.upstream(issue.get().id())) {
            if (canSee(viewer, upstream)) {
                ids.add(upstream.id());
            }
        }
        return literals(operand, ids);
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 1;
    }
}
