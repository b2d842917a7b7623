package io.programoffice.core.dependency;

import io.programoffice.core.index.IssueRecord;
import io.programoffice.core.scheme.DependencyKind;
import java.util.List;
import java.util.Set;

/**
 * One dependency as one caller may see it: the ends resolved by the scheme (an end the caller may not browse is
 * hidden: no issue at all), kind and effective lag, the metadata, health and the moves the caller may make.
 * Immutable.
 *
 * @param linkId        the Jira link's id
 * @param linkType      the link type's name
 * @param kind          the scheme's kind for the link type
 * @param lagDays       the effective lag: the dependency's override, else the scheme's default
 * @param lagOverridden whether the lag is the dependency's own
 * @param upstream      the end that delivers
 * @param downstream    the end that waits
 * @param record        the metadata ({@link DependencyRecord#blank} when none is stored)
 * @param health        see {@link DependencyHealth}
 * @param actions       the moves the caller may make now
 * @param editable      whether the caller may change dates, owners and note
 * @param programs      the keys of the programs whose scheme makes the link a dependency, by key
 */
public record DependencyView(long linkId, String linkType, DependencyKind kind, int lagDays, boolean lagOverridden,
                             End upstream, End downstream, DependencyRecord record, DependencyHealth health,
                             Set<DependencyAction> actions, boolean editable, List<String> programs) {
    public DependencyView {
        actions = Set.copyOf(actions);
        programs = List.copyOf(programs);
    }

    /**
     * An end of a dependency.
     *
     * @param issue the issue, {@code null} when the caller may not browse it
     * @param done  whether it is done by the scheme ({@code false} when hidden)
     * @param team  its team (the index's team, else its project key), {@code null} when hidden
     */
    public record End(IssueRecord issue, boolean done, String team) {
        /** An end the caller may not see: nothing about it. */
        public static final End HIDDEN = new End(null, false, null);

        public boolean hidden() {
            return issue == null;
        }
    }
}
