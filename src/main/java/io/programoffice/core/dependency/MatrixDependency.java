package io.programoffice.core.dependency;

import java.util.Comparator;
import java.util.Objects;

/**
 * One dependency counted in a {@link DependencyMatrix}: the Jira link, its two ends (both visible to the viewer the
 * matrix was built for) and where its negotiation stands. Immutable.
 *
 * @param linkId        the Jira link's id
 * @param linkType      the link type's name
 * @param sourceId      the link's source issue
 * @param destinationId the link's destination issue
 * @param upstream      the end that delivers
 * @param dependent     the end that waits
 * @param state         the negotiation state, {@link MatrixState#UNPROPOSED} without one
 */
public record MatrixDependency(long linkId, String linkType, long sourceId, long destinationId, End upstream,
                               End dependent, MatrixState state) {
    /** By dependent issue key (project, then number), then upstream issue key, then link id. */
    public static final Comparator<MatrixDependency> ORDER = Comparator
            .comparing((MatrixDependency d) -> d.dependent, End.ORDER)
            .thenComparing(d -> d.upstream, End.ORDER)
            .thenComparingLong(MatrixDependency::linkId);

    public MatrixDependency {
        Objects.requireNonNull(linkType, "linkType");
        Objects.requireNonNull(upstream, "upstream");
        Objects.requireNonNull(dependent, "dependent");
        Objects.requireNonNull(state, "state");
    }

    /** The link as the dependency rules take it. */
    public DependencyLink link() {
        return new DependencyLink(linkId, linkType, sourceId, destinationId);
    }

    /**
     * An end of a counted dependency.
     *
     * @param issueId the issue's id
     * @param key     its key
     * @param project its project's key
     * @param number  the number in its key
     * @param team    its team: the program index's team, else its project key
     */
    public record End(long issueId, String key, String project, int number, String team) {
        /** By project key, then number. */
        public static final Comparator<End> ORDER = Comparator.comparing(End::project).thenComparingInt(End::number);

        public End {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(team, "team");
        }
    }
}
