package io.programoffice.jira.jql;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import io.programoffice.core.analysis.DependencyAnalysis;
import io.programoffice.core.program.ProgramStore;
import io.programoffice.jira.JiraDependencyAnalysis;
import io.programoffice.jira.JiraVisibility;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;

/**
 * The JQL function {@code criticalPath}: {@code issue in criticalPath("KEY")} matches the program's critical issues,
 * the same issues as the dependency analysis's {@code criticalPath}. Only
 * issues the searcher may see take part (see {@link ProgramAnalysisFunction}). Thread-safe.
 */
@Named
public class CriticalPathFunction extends ProgramAnalysisFunction {
    /** The function's name, as declared in the descriptor's {@code <fname>}. */
    public static final String FUNCTION_NAME = "criticalPath";

    @Inject
    public CriticalPathFunction(ProgramStore programs, JiraDependencyAnalysis analysis, JiraVisibility visibility,
                                @ComponentImport I18nResolver i18n) {
        super(FUNCTION_NAME, programs, analysis, visibility, i18n);
    }

    @Override
    Collection<Long> issues(DependencyAnalysis analysis) {
        return ids(analysis.graph(), analysis.criticalPath());
    }
}
