package io.programoffice.core.view;

import java.util.List;
import java.util.Objects;

/**
 * A program as one viewer sees it through one {@link ViewQuery}: the total rollup and the groups. Immutable.
 *
 * @param query  the query computed
 * @param total  every matching issue, each counted once (also when it has several fix versions)
 * @param groups the top-level groups (empty without group-by fields): value groups sorted by label (status
 *               categories in workflow order: to do, in progress, done), then the hidden-parent group, then the
 *               "none" group
 */
public record ProgramView(ViewQuery query, Rollup total, List<ViewGroup> groups) {
    public ProgramView {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(total, "total");
        groups = List.copyOf(groups);
    }
}
