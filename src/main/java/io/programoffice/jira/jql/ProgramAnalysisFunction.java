package io.programoffice.jira.jql;

import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.sal.api.message.I18nResolver;
import io.programoffice.core.analysis.DependencyAnalysis;
import io.programoffice.core.analysis.DependencyGraph;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramStore;
import io.programoffice.jira.JiraDependencyAnalysis;
import io.programoffice.jira.JiraVisibility;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code lateDependencies}, {@code criticalPath} and {@code dependencyCycles} share: one argument, a program
 * key (validated as for {@code programIssues}: a program that does not exist gets the same message as one the
 * searcher may not see), and the program's dependency analysis as {@link JiraDependencyAnalysis} makes it for the
 * searcher's visibility (everything when security is overridden), so the analysis only ever holds issues the search
 * may see. Cost: one analysis of the program per call (graph from the index, then linear-time algorithms).
 */
abstract class ProgramAnalysisFunction extends ProgramOfficeJqlFunction {
    private final ProgramStore programs;
    private final JiraDependencyAnalysis analysis;
    private final String name;

    ProgramAnalysisFunction(String name, ProgramStore programs, JiraDependencyAnalysis analysis,
                            JiraVisibility visibility, I18nResolver i18n) {
        super(visibility, i18n);
        this.name = name;
        this.programs = programs;
        this.analysis = analysis;
    }

    /** The ids of the analysis's issues this function answers, in any order. */
    abstract Collection<Long> issues(DependencyAnalysis analysis);

    @Override
    public final MessageSet validate(ApplicationUser searcher, FunctionOperand operand,
                                     TerminalClause terminalClause) {
        List<String> args = operand.getArgs();
        if (args.size() != 1) {
            return error(name, "arguments", operand.getName(), args.size());
        }
        if (program(searcher, programs, args.get(0)).isEmpty()) {
            return error(name, "unknown", operand.getName(), args.get(0));
        }
        return new MessageSetImpl();
    }

    @Override
    public final List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand,
                                              TerminalClause terminalClause) {
        List<String> args = operand.getArgs();
        if (args.size() != 1) {
            return List.of();
        }
        Optional<Program> program = program(queryCreationContext, programs, args.get(0));
        if (program.isEmpty()) {
            return List.of();
        }
        return literals(operand, issues(analysis.analyze(program.get(), visibility(queryCreationContext))));
    }

    @Override
    public final int getMinimumNumberOfExpectedArguments() {
        return 1;
    }

    /** The ids of the analysed issues with these keys, without repeats, in the keys' order. */
    static Set<Long> ids(DependencyGraph graph, Collection<String> keys) {
        Map<String, Long> byKey = new HashMap<>(graph.size() * 2);
        for (int node = 0; node < graph.size(); node++) {
            byKey.put(graph.key(node), graph.id(node));
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String key : keys) {
            Long id = byKey.get(key);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }
}
