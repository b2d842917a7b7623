package io.programoffice.jira;

import io.programoffice.core.index.IndexStatus;
import io.programoffice.core.index.ProgramIndexAccess;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.program.Program;
import io.programoffice.core.view.LinkStats;
import io.programoffice.core.view.ProgramView;
import io.programoffice.core.view.ProgramViews;
import io.programoffice.core.view.SavedViewStore;
import io.programoffice.core.view.SavedViews;
import io.programoffice.core.view.ViewIssue;
import io.programoffice.core.view.ViewQuery;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;

/**
 * Program views for the logged-in Jira user: reads the node's program index through the user's
 * {@link JiraVisibility} (Browse Projects per project, issue security levels), restricted to the program's members;
 * and the saved views. Cost: see {@link ProgramViews} (one index scan per call, Jira asked once per project).
 * Thread-safe.
 */
@Named
public class JiraProgramViews {
    private final ProgramIndexAccess index;
    private final JiraVisibility visibility;
    private final SavedViews saved;

    @Inject
    public JiraProgramViews(ProgramIndexAccess index, JiraVisibility visibility, SavedViewStore savedViews) {
        this.index = index;
        this.visibility = visibility;
        this.saved = new SavedViews(savedViews, Clock.systemUTC());
    }

    /** The program's view for the logged-in user (sees nothing when anonymous). */
    public ProgramView view(Program program, ViewQuery query) {
        return ProgramViews.view(index.index(), index.membership(program), viewer(), query);
    }

    /** A page of the program's issues for the logged-in user. */
    public Page<ViewIssue> issues(Program program, ViewQuery query, PageRequest page) {
        return ProgramViews.issues(index.index(), index.membership(program), viewer(), query, page);
    }

    /** The first {@code limit} of the program's matching issues for the logged-in user (exports). */
    public Page<ViewIssue> firstIssues(Program program, ViewQuery query, int limit) {
        return ProgramViews.firstIssues(index.index(), index.membership(program), viewer(), query, limit);
    }

    /** Links between the program's issues the logged-in user may see. */
    public LinkStats links(Program program) {
        return ProgramViews.links(index.index(), index.membership(program), viewer());
    }

    /** What the node's program index is doing (views are complete when it is {@code READY}). */
    public IndexStatus.State indexState() {
        return index.status().state();
    }

    /** The rules for saved views. */
    public SavedViews saved() {
        return saved;
    }

    private VisibilityFilter viewer() {
        return visibility.forCurrentUser();
    }
}
