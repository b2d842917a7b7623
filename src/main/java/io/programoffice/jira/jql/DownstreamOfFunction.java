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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The JQL function {@code downstreamOf}: {@code issue in downstreamOf("APP-1")} matches the issues directly depending
 * on (waiting on) APP-1, and {@code downstreamOf("APP-1", 3)} those depending on it transitively through at most
 * three dependencies (breadth first; cycles are walked once; APP-1 itself is never an answer).
 *
 * <p>Visibility: only issues the searcher may see, and the walk goes only through them (a hidden issue ends its
 * branch, so no answer reveals a hidden dependency), unless Jira runs the search with security overridden.
 * Validation: the key of an issue the searcher may see (an issue that does not exist gets the same message as a
 * hidden one) and optionally a depth from 1 to {@value #MAX_DEPTH}, 1 when left out. Cost: the programs and schemes
 * read once, then O(links of the issues reached × programs). Thread-safe.
 */
@Named
public class DownstreamOfFunction extends DependencyIssuesFunction {
    /** The function's name, as declared in the descriptor's {@code <fname>}. */
    public static final String FUNCTION_NAME = "downstreamOf";
    /** The largest depth. */
    public static final int MAX_DEPTH = 100;

    @Inject
    public DownstreamOfFunction(JiraDependencies dependencies, JiraVisibility visibility,
                                @ComponentImport I18nResolver i18n) {
        super(dependencies, visibility, i18n);
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        List<String> args = operand.getArgs();
        if (args.isEmpty() || args.size() > 2) {
            return error(FUNCTION_NAME, "arguments", operand.getName(), args.size());
        }
        if (depth(args).isEmpty()) {
            return error(FUNCTION_NAME, "depth", operand.getName(), args.get(1), MAX_DEPTH);
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
        OptionalInt depth = args.isEmpty() || args.size() > 2 ? OptionalInt.empty() : depth(args);
        if (depth.isEmpty()) {
            return List.of();
        }
        Dependencies.Walk walk = walk();
        VisibilityFilter viewer = visibility(queryCreationContext);
        Optional<IssueRecord> start = visibleIssue(walk, viewer, args.get(0));
        if (start.isEmpty()) {
            return List.of();
        }
        Set<Long> seen = new HashSet<>();
        seen.add(start.get().id());
        List<Long> ids = new ArrayList<>();
        ArrayDeque<Long> level = new ArrayDeque<>(List.of(start.get().id()));
        for (int d = 0; d < depth.getAsInt() && !level.isEmpty(); d++) {
            ArrayDeque<Long> next = new ArrayDeque<>();
            for (long id : level) {
                for (IssueRecord downstream : walk.downstream(id)) {
                    if (canSee(viewer, downstream) && seen.add(downstream.id())) {
                        ids.add(downstream.id());
                        next.add(downstream.id());
                    }
                }
            }
            level = next;
        }
        return literals(operand, ids);
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 1;
    }

    /** The depth argument, 1 when left out; empty when it is not a whole number from 1 to {@link #MAX_DEPTH}. */
    private static OptionalInt depth(List<String> args) {
        if (args.size() < 2) {
            return OptionalInt.of(1);
        }
        try {
            int depth = Integer.parseInt(args.get(1).strip());
            return depth >= 1 && depth <= MAX_DEPTH ? OptionalInt.of(depth) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
