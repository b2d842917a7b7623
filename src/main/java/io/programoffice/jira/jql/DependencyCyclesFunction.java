package io.programoffice.jira.jql;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import io.programoffice.core.analysis.DependencyAnalysis;
import io.programoffice.core.program.ProgramStore;
import io.programoffice.jira.JiraDependencyAnalysis;
import io.programoffice.jira.JiraVisibility;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The JQL function {@code dependencyCycles}: {@code issue in dependencyCycles("KEY")} matches the issues of the
 * program's dependency cycles (strongly connected groups of more than one issue, as the analysis's {@code cycles}).
 * Only issues the searcher may see take part (see {@link ProgramAnalysisFunction}), so a cycle through a hidden
 * issue is not one here. Thread-safe.
 */
@Named
public class DependencyCyclesFunction extends ProgramAnalysisFunction {
    /** The function's name, as declared in the descriptor's {@code <fname>}. */
    public static final String FUNCTION_NAME = "dependencyCycles";

    @Inject
    public DependencyCyclesFunction(ProgramStore programs, JiraDependencyAnalysis analysis, JiraVisibility visibility,
                                    @ComponentImport I18nResolver i18n) {
        super(FUNCTION_NAME, programs, analysis, visibility, i18n);
    }

    @Override
    Collection<Long> issues(DependencyAnalysis analysis) {
        List<String> keys = new ArrayList<>();
        for (List<String> cycle : analysis.cycles()) {
            keys.addAll(cycle);
        }
        return ids(analysis.graph(), keys);
    }
}
