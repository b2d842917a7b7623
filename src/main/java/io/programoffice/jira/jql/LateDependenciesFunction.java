package io.programoffice.jira.jql;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import io.programoffice.core.analysis.DependencyAnalysis;
import io.programoffice.core.analysis.LateDependency;
import io.programoffice.core.program.ProgramStore;
import io.programoffice.jira.JiraDependencyAnalysis;
import io.programoffice.jira.JiraVisibility;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The JQL function {@code lateDependencies}: {@code issue in lateDependencies("KEY")} matches both ends of the
 * program's late dependencies (those whose upstream issue is expected to finish after the dependent issue needs
 * it, as the dependency analysis decides): the dependent (downstream) issues and the upstream issues they wait on.
 * Combine with {@code downstreamOf}/{@code upstreamOf} or other clauses to keep one side. Only issues the searcher
 * may see take part (see {@link ProgramAnalysisFunction}). Thread-safe.
 */
@Named
public class LateDependenciesFunction extends ProgramAnalysisFunction {
    /** The function's name, as declared in the descriptor's {@code <fname>}. */
    public static final String FUNCTION_NAME = "lateDependencies";

    @Inject
    public LateDependenciesFunction(ProgramStore programs, JiraDependencyAnalysis analysis, JiraVisibility visibility,
                                    @ComponentImport I18nResolver i18n) {
        super(FUNCTION_NAME, programs, analysis, visibility, i18n);
    }

    @Override
    Collection<Long> issues(DependencyAnalysis analysis) {
        Set<Long> ids = new LinkedHashSet<>();
        for (LateDependency late : analysis.late()) {
            ids.add(analysis.graph().id(late.dependent()));
            ids.add(analysis.graph().id(late.upstream()));
        }
        return ids;
    }
}
