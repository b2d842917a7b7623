package io.programoffice.core.dependency;

import java.time.LocalDate;
import java.util.Locale;

/**
 * How a dependency is doing, from its state, its needed-by date and the upstream work's expected finish. Decided in
 * this order (the first that holds wins):
 * <ol>
 *   <li>{@link #ON_TRACK} when the state is done or either issue is done (done upstream work has delivered; done
 *       dependent work no longer waits, as in the analysis, where dependencies into done work are never late);</li>
 *   <li>{@link #BLOCKED} when the state is declined or escalated (nobody has agreed to deliver);</li>
 *   <li>{@link #LATE} when the needed-by date has passed ({@code today} is after it), or the upstream's expected
 *       finish is after the needed-by date;</li>
 *   <li>{@link #AT_RISK} when a needed-by date is set and falls within {@value #AT_RISK_DAYS} days of {@code today},
 *       and either the dependency is not committed or the upstream has no expected finish;</li>
 *   <li>{@link #ON_TRACK} otherwise (including no needed-by date at all).</li>
 * </ol>
 */
public enum DependencyHealth {
    ON_TRACK,
    AT_RISK,
    LATE,
    BLOCKED;

    /** How close (calendar days) an unanswered or undated needed-by date counts as at risk. */
    public static final int AT_RISK_DAYS = 14;

    /** The wire name: {@code on-track}, {@code at-risk}, {@code late}, {@code blocked}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The health, by the rules above.
     *
     * @param state          the negotiation state, {@code null} when nobody proposed the dependency yet
     * @param neededBy       when the downstream side needs the work, or {@code null}
     * @param expectedFinish when the upstream work is expected to finish, or {@code null} when unknown
     * @param upstreamDone   whether the upstream issue is done
     * @param dependentDone  whether the dependent issue is done
     * @param today          the current day
     */
    public static DependencyHealth of(DependencyState state, LocalDate neededBy, LocalDate expectedFinish,
                                      boolean upstreamDone, boolean dependentDone, LocalDate today) {
        if (state == DependencyState.DONE || upstreamDone || dependentDone) {
            return ON_TRACK;
        }
        if (state == DependencyState.DECLINED || state == DependencyState.ESCALATED) {
            return BLOCKED;
        }
        if (neededBy == null) {
            return ON_TRACK;
        }
        if (today.isAfter(neededBy) || expectedFinish != null && expectedFinish.isAfter(neededBy)) {
            return LATE;
        }
        boolean soon = !neededBy.isAfter(today.plusDays(AT_RISK_DAYS));
        if (soon && (state != DependencyState.COMMITTED || expectedFinish == null)) {
            return AT_RISK;
        }
        return ON_TRACK;
    }
}
