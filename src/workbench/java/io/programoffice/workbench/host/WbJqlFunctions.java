package io.programoffice.workbench.host;

import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.JqlFunction;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.query.operand.Operand;
import io.programoffice.workbench.host.jql.JqlClause;
import io.programoffice.workbench.host.jql.JqlQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The JQL functions the plugin declares ({@code <jql-function>}), as the workbench's search calls them: by name,
 * ignoring case, the way Jira's function registry does. {@link #validate} asks each call's function to validate its
 * arguments for the searcher; {@link #resolve} replaces each call by the issue ids its function answers
 * ({@link JqlFunction#getValues}) for the searcher. Immutable; thread-safe as far as the functions are.
 */
public final class WbJqlFunctions {
    private static final WbJqlFunctions NONE = new WbJqlFunctions(Map.of());

    private final Map<String, JqlFunction> byName;

    private WbJqlFunctions(Map<String, JqlFunction> byName) {
        this.byName = byName;
    }

    /** No functions: {@code issue in f()} is an unknown function. */
    public static WbJqlFunctions none() {
        return NONE;
    }

    /** @param functions the functions by their declared names ({@code <fname>}) */
    public static WbJqlFunctions of(Map<String, ? extends JqlFunction> functions) {
        Map<String, JqlFunction> byName = new LinkedHashMap<>();
        functions.forEach((name, function) -> {
            if (byName.put(name.toLowerCase(Locale.ROOT), function) != null) {
                throw new IllegalArgumentException("two JQL functions are named " + name);
            }
        });
        return new WbJqlFunctions(Map.copyOf(byName));
    }

    /** @return the declared names, lower case */
    public Set<String> names() {
        return byName.keySet();
    }

    /**
     * @param query a parsed query
     * @param searcher who searches, {@code null} when anonymous
     * @return the error messages of the query's function calls, in query order, each once: a function whose data
     *     type is not {@link JiraDataTypes#ISSUE} can't answer the issue field; the others validate themselves
     */
    public List<String> validate(JqlQuery query, ApplicationUser searcher) {
        Set<String> messages = new LinkedHashSet<>();
        query.whereClause().ifPresent(where -> calls(where, call -> {
            JqlFunction function = function(call);
            if (function.getDataType() != JiraDataTypes.ISSUE) {
                messages.add("A value provided by the function '%s' is invalid for the field '%s'."
                        .formatted(call.name(), call.field().jqlName()));
                return;
            }
            MessageSet result = function.validate(searcher, operand(call), clause(call));
            messages.addAll(result.getErrorMessages());
        }));
        return List.copyOf(messages);
    }

    /**
     * @param query a parsed, valid query
     * @param searcher who searches, {@code null} when anonymous
     * @param overrideSecurity whether the search runs with security overridden
     * @return the query with each function call replaced by the ids its function answers
     */
    public JqlQuery resolve(JqlQuery query, ApplicationUser searcher, boolean overrideSecurity) {
        if (query.where() == null) {
            return query;
        }
        QueryCreationContext context = new Context(searcher, overrideSecurity);
        return new JqlQuery(resolve(query.where(), context), query.orderBy());
    }

    private JqlClause resolve(JqlClause clause, QueryCreationContext context) {
        return switch (clause) {
            case JqlClause.And and -> new JqlClause.And(and.clauses().stream().map(c -> resolve(c, context)).toList());
            case JqlClause.Or or -> new JqlClause.Or(or.clauses().stream().map(c -> resolve(c, context)).toList());
            case JqlClause.Not not -> new JqlClause.Not(resolve(not.clause(), context));
            case JqlClause.Terminal terminal -> terminal;
            case JqlClause.IssueIds ids -> ids;
            case JqlClause.Function call -> {
                Set<Long> ids = new HashSet<>();
                for (QueryLiteral literal : function(call).getValues(context, operand(call), clause(call))) {
                    if (literal.getLongValue() != null) {
                        ids.add(literal.getLongValue());
                    }
                }
                yield new JqlClause.IssueIds(call.operator(), ids);
            }
        };
    }

    private static void calls(JqlClause clause, Consumer<JqlClause.Function> action) {
        switch (clause) {
            case JqlClause.And and -> and.clauses().forEach(c -> calls(c, action));
            case JqlClause.Or or -> or.clauses().forEach(c -> calls(c, action));
            case JqlClause.Not not -> calls(not.clause(), action);
            case JqlClause.Function call -> action.accept(call);
            case JqlClause.Terminal terminal -> {
            }
            case JqlClause.IssueIds ids -> {
            }
        }
    }

    private JqlFunction function(JqlClause.Function call) {
        JqlFunction function = byName.get(call.name().toLowerCase(Locale.ROOT));
        if (function == null) {
            throw new IllegalArgumentException("no JQL function " + call.name() + " (the parser lets only known ones"
                    + " through)");
        }
        return function;
    }

    private static FunctionOperand operand(JqlClause.Function call) {
        return new FunctionOperand(call.name(), new ArrayList<>(call.args()));
    }

    private static TerminalClause clause(JqlClause.Function call) {
        FunctionOperand operand = operand(call);
        String field = call.field().jqlName();
        return new TerminalClause() {
            @Override
            public Operand getOperand() {
                return operand;
            }

            @Override
            public String getName() {
                return field;
            }
        };
    }

    /** Who searches, and whether security is overridden. */
    private record Context(ApplicationUser searcher, boolean overridden) implements QueryCreationContext {
        @Override
        public ApplicationUser getApplicationUser() {
            return searcher;
        }

        @Override
        public boolean isSecurityOverriden() {
            return overridden;
        }
    }
}
