package io.programoffice.core.dependency;

import io.programoffice.core.admin.Actor;
import io.programoffice.core.index.IssueRecord;
import io.programoffice.core.index.VisibilityFilter;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The user acting on dependencies: who they are, what they may see, and which issues they may edit. The side of a
 * dependency a user is on is decided by {@code mayEdit}: in Jira, the Edit Issues project permission of the issue's
 * project (and seeing the issue). Use for one request.
 *
 * @param actor      who
 * @param visibility what they may browse
 * @param mayEdit    whether they may edit an issue (only asked for issues they may browse)
 */
public record DependencyCaller(Actor actor, VisibilityFilter visibility, Predicate<IssueRecord> mayEdit) {
    public DependencyCaller {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(mayEdit, "mayEdit");
    }

    /** Whether the user may browse the issue: its project, and its security level when it has one. */
    public boolean canSee(IssueRecord issue) {
        return visibility.canBrowseProject(issue.projectKey())
                && (issue.securityLevelId() == null
                || visibility.canSeeSecurityLevel(issue.projectKey(), issue.securityLevelId()));
    }

    /** Whether the user is on the issue's side: may see and edit it. */
    public boolean onSide(IssueRecord issue) {
        return canSee(issue) && mayEdit.test(issue);
    }
}
