package io.programoffice.core.dependency;

import io.programoffice.core.index.IssueCursor;
import io.programoffice.core.index.LinkRecord;
import io.programoffice.core.index.ProgramIndex;
import io.programoffice.core.index.ProgramMembership;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.scheme.DependencyLinkType;
import io.programoffice.core.scheme.LinkEnd;
import io.programoffice.core.scheme.ProgramScheme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.LongFunction;

/**
 * One viewer's dependencies of a program, team by team: the same dependencies as
 * {@link ProgramDependencyGraph} (links between two program issues the viewer may see whose type the program's
 * scheme maps, each link once, ends by the scheme's dependent end), each with its two teams (the program index's
 * team of the issue, else its project key, as the negotiation queue has it) and its negotiation state. Counts them
 * into a {@link TeamMatrix} and lists them per cell.
 *
 * <p>Cost: {@link #build} is one scan of the index plus one link list per program issue the viewer sees, and a sort
 * of the dependencies (O(n + l + d log d)); {@link #count} is O(d + t²) for t teams; {@link #select} O(d).
 * Immutable after building; thread-safe.
 */
public final class DependencyMatrix {
    /** Orders team names for display: ignoring case, then exactly. */
    public static final Comparator<String> TEAM_ORDER = String.CASE_INSENSITIVE_ORDER
            .thenComparing(Comparator.naturalOrder());

    private final List<MatrixDependency> dependencies;
    private final List<String> teams;

    private DependencyMatrix(List<MatrixDependency> dependencies) {
        List<MatrixDependency> sorted = new ArrayList<>(dependencies);
        sorted.sort(MatrixDependency.ORDER);
        this.dependencies = List.copyOf(sorted);
        TreeSet<String> names = new TreeSet<>(TEAM_ORDER);
        for (MatrixDependency d : sorted) {
            names.add(d.dependent().team());
            names.add(d.upstream().team());
        }
        this.teams = List.copyOf(names);
    }

    /** A matrix of these dependencies (fixtures; {@link #build} reads them from the index). */
    public static DependencyMatrix of(List<MatrixDependency> dependencies) {
        return new DependencyMatrix(dependencies);
    }

    /**
     * @param index      the node's program index
     * @param membership the program's issues
     * @param viewer     what the caller may see: both ends of every dependency counted
     * @param scheme     the program's scheme (its mapped link types)
     * @param state      the stored negotiation state of a link, {@code null} when it has none
     */
    public static DependencyMatrix build(ProgramIndex index, ProgramMembership membership, VisibilityFilter viewer,
                                         ProgramScheme scheme, LongFunction<DependencyState> state) {
        Map<String, DependencyLinkType> mapped = new HashMap<>();
        for (DependencyLinkType type : scheme.dependencyLinkTypes()) {
            mapped.put(type.linkType().toLowerCase(Locale.ROOT), type);
        }
        Map<Long, MatrixDependency.End> members = new HashMap<>();
        index.forEach(viewer, c -> {
            if (membership.contains(c)) {
                members.put(c.id(), end(c));
            }
        });
        List<MatrixDependency> out = new ArrayList<>();
        if (mapped.isEmpty()) {
            return new DependencyMatrix(out);
        }
        for (MatrixDependency.End source : members.values()) {
            for (LinkRecord link : index.links(source.issueId())) {
                DependencyLinkType type = mapped.get(link.linkType().toLowerCase(Locale.ROOT));
                MatrixDependency.End destination = members.get(link.otherIssueId());
                if (link.direction() != LinkRecord.Direction.OUTWARD || type == null || destination == null) {
                    continue; // each link once, from its source; only mapped links between visible members
                }
                boolean destinationWaits = type.dependentEnd() == LinkEnd.DESTINATION;
                out.add(new MatrixDependency(link.linkId(), link.linkType(), source.issueId(), destination.issueId(),
                        destinationWaits ? source : destination, destinationWaits ? destination : source,
                        MatrixState.of(state.apply(link.linkId()))));
            }
        }
        return new DependencyMatrix(out);
    }

    private static MatrixDependency.End end(IssueCursor c) {
        String team = c.team();
        return new MatrixDependency.End(c.id(), c.key(), c.projectKey(), c.issueNumber(),
                team == null || team.isBlank() ? c.projectKey() : team);
    }

    /** Every dependency, in {@link MatrixDependency#ORDER}. */
    public List<MatrixDependency> dependencies() {
        return dependencies;
    }

    /** The teams at either end of any dependency, in {@link #TEAM_ORDER}. */
    public List<String> teams() {
        return teams;
    }

    /**
     * The dependencies in the query's states counted by dependent team (rows) and upstream team (columns). The
     * teams are those of every dependency, whatever the states asked, so the grid keeps its shape while filtering;
     * the query's teams are ignored here.
     */
    public TeamMatrix count(MatrixQuery query) {
        int n = teams.size();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < n; i++) {
            position.put(teams.get(i), i);
        }
        StateCounts.Builder[][] cells = new StateCounts.Builder[n][n];
        StateCounts.Builder[] rows = new StateCounts.Builder[n];
        StateCounts.Builder[] columns = new StateCounts.Builder[n];
        StateCounts.Builder total = new StateCounts.Builder();
        for (int i = 0; i < n; i++) {
            rows[i] = new StateCounts.Builder();
            columns[i] = new StateCounts.Builder();
            for (int j = 0; j < n; j++) {
                cells[i][j] = new StateCounts.Builder();
            }
        }
        for (MatrixDependency d : dependencies) {
            if (query.counts(d.state())) {
                int row = position.get(d.dependent().team());
                int column = position.get(d.upstream().team());
                cells[row][column].add(d.state(), 1);
                rows[row].add(d.state(), 1);
                columns[column].add(d.state(), 1);
                total.add(d.state(), 1);
            }
        }
        List<List<StateCounts>> grid = new ArrayList<>(n);
        List<StateCounts> rowTotals = new ArrayList<>(n);
        List<StateCounts> columnTotals = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<StateCounts> row = new ArrayList<>(n);
            for (int j = 0; j < n; j++) {
                row.add(cells[i][j].build());
            }
            grid.add(row);
            rowTotals.add(rows[i].build());
            columnTotals.add(columns[i].build());
        }
        return new TeamMatrix(teams, grid, rowTotals, columnTotals, total.build());
    }

    /** The dependencies in the query's states and teams, in {@link MatrixDependency#ORDER}. */
    public List<MatrixDependency> select(MatrixQuery query) {
        return dependencies.stream().filter(query::matches).toList();
    }
}
