package io.programoffice.jira.jql;

import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.message.I18nResolver;
import io.programoffice.core.dependency.Dependencies;
import io.programoffice.core.index.IssueRecord;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.jira.JiraDependencies;
import io.programoffice.jira.JiraVisibility;
import java.util.Optional;

/**
 * What {@code upstreamOf} and {@code downstreamOf} share: their first argument is an issue key, and they read the
 * dependencies around it from the program index as {@link Dependencies#walk()} resolves them. An issue that does not
 * exist gets the same message as one the searcher may not see, so the functions never reveal an issue.
 */
abstract class DependencyIssuesFunction extends ProgramOfficeJqlFunction {
    private final JiraDependencies dependencies;

    DependencyIssuesFunction(JiraDependencies dependencies, JiraVisibility visibility, I18nResolver i18n) {
        super(visibility, i18n);
        this.dependencies = dependencies;
    }

    /** A fresh reading of the dependencies, for one call. */
    final Dependencies.Walk walk() {
        return dependencies.dependencies().walk();
    }

    /** The issue with this key when {@code viewer} may see it. */
    static Optional<IssueRecord> visibleIssue(Dependencies.Walk walk, VisibilityFilter viewer, String key) {
        return walk.issue(key).filter(issue -> canSee(viewer, issue));
    }

    /** Whether the searcher may see the issue with this key (validation, no query context). */
    final boolean known(ApplicationUser searcher, String key) {
        return visibleIssue(walk(), visibility(searcher), key).isPresent();
    }

    /** The issue with this key as the search may see it. */
    final Optional<IssueRecord> issue(Dependencies.Walk walk, QueryCreationContext context, String key) {
        return visibleIssue(walk, visibility(context), key);
    }
}
