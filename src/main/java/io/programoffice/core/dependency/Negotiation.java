package io.programoffice.core.dependency;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The negotiation rules: which moves a {@link Party} may make from a state. "No state" ({@code null}) is a mapped
 * link nobody proposed yet. Every move not listed is illegal.
 *
 * <table>
 *   <caption>Legal moves</caption>
 *   <tr><th>from</th><th>move</th><th>to</th><th>who</th><th>only when</th></tr>
 *   <tr><td>none, declined</td><td>propose</td><td>proposed</td><td>downstream side</td><td></td></tr>
 *   <tr><td>proposed</td><td>commit</td><td>committed</td><td>upstream side</td><td></td></tr>
 *   <tr><td>proposed</td><td>decline</td><td>declined</td><td>upstream side</td><td></td></tr>
 *   <tr><td>proposed</td><td>escalate</td><td>escalated</td><td>downstream side, program owner</td>
 *       <td>overdue-unanswered</td></tr>
 *   <tr><td>declined</td><td>escalate</td><td>escalated</td><td>downstream side, program owner</td><td></td></tr>
 *   <tr><td>escalated</td><td>commit</td><td>committed</td><td>upstream side, program owner</td><td></td></tr>
 *   <tr><td>escalated</td><td>decline</td><td>declined</td><td>program owner</td><td></td></tr>
 *   <tr><td>committed</td><td>done</td><td>done</td><td>upstream side</td><td></td></tr>
 *   <tr><td>none, proposed, committed, declined, escalated</td><td>done</td><td>done</td>
 *       <td>either side, program owner</td><td>the upstream issue is done</td></tr>
 * </table>
 * Done is final. A proposal is <em>overdue-unanswered</em> when it is still proposed and its needed-by date has
 * passed, or it was proposed more than {@link #ANSWER_WITHIN} ago. Stateless and thread-safe; every method is O(1).
 */
public final class Negotiation {
    /** How long the upstream side has to answer a proposal before the downstream side may escalate it. */
    public static final Duration ANSWER_WITHIN = Duration.ofDays(5);

    private Negotiation() {
    }

    /**
     * The facts besides state and party that decide a move.
     *
     * @param overdueUnanswered whether a proposal is overdue-unanswered (see the class comment)
     * @param upstreamDone      whether the upstream issue is done by the scheme
     */
    public record Facts(boolean overdueUnanswered, boolean upstreamDone) {
        /** Neither overdue nor upstream done. */
        public static final Facts NONE = new Facts(false, false);
    }

    /** Whether the party may make this move from this state ({@code null}: no state yet). */
    public static boolean allowed(DependencyState from, DependencyAction action, Party party, Facts facts) {
        if (from == DependencyState.DONE) {
            return false;
        }
        boolean sideOrOwner = party.downstream() || party.upstream() || party.programOwner();
        return switch (action) {
            case PROPOSE -> (from == null || from == DependencyState.DECLINED) && party.downstream();
            case COMMIT -> from == DependencyState.PROPOSED && party.upstream()
                    || from == DependencyState.ESCALATED && (party.upstream() || party.programOwner());
            case DECLINE -> from == DependencyState.PROPOSED && party.upstream()
                    || from == DependencyState.ESCALATED && party.programOwner();
            case ESCALATE -> (from == DependencyState.DECLINED
                    || from == DependencyState.PROPOSED && facts.overdueUnanswered())
                    && (party.downstream() || party.programOwner());
            case DONE -> from == DependencyState.COMMITTED && party.upstream() || facts.upstreamDone() && sideOrOwner;
        };
    }

    /** The moves the party may make from this state, in declaration order. */
    public static Set<DependencyAction> allowedActions(DependencyState from, Party party, Facts facts) {
        Set<DependencyAction> out = EnumSet.noneOf(DependencyAction.class);
        for (DependencyAction action : DependencyAction.values()) {
            if (allowed(from, action, party, facts)) {
                out.add(action);
            }
        }
        return out;
    }

    /**
     * Whether a proposal is overdue-unanswered.
     *
     * @param state      the current state
     * @param stateSince when it entered that state
     * @param neededBy   the needed-by date, or {@code null}
     * @param now        the current time
     * @param today      the current day
     */
    public static boolean overdueUnanswered(DependencyState state, Instant stateSince, LocalDate neededBy,
                                            Instant now, LocalDate today) {
        if (state != DependencyState.PROPOSED) {
            return false;
        }
        return neededBy != null && today.isAfter(neededBy)
                || stateSince != null && stateSince.plus(ANSWER_WITHIN).isBefore(now);
    }
}
