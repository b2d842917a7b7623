package io.programoffice.core.risk;

import io.programoffice.core.validation.Problem;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rules that suggest risks from what the program already knows. Each rule fires on its own evidence and never on
 * anything else; the caller passes only what the viewer may see. Stateless.
 */
public final class RiskSuggestions {
    /** Work waiting longer than this many days is suggested as blocked, unless the program says otherwise. */
    public static final int DEFAULT_BLOCKED_DAYS = 10;
    private static final String K = "program-office.risk.suggestion.";

    private RiskSuggestions() {
    }

    /**
     * A dependency as the rules see it: {@code dependent} waits on {@code upstream}, needed by {@code neededBy}
     * (null: no date), {@code workingDaysLate} late (0 or less: not late), and whether either end is on the
     * program's critical path.
     */
    public record DependencyFact(String upstream, String dependent, LocalDate neededBy, int workingDaysLate,
                                 boolean critical, String team) {
    }

    /** A milestone with its target, forecast (null: none) and the issues on its critical path. */
    public record MilestoneFact(long id, String name, LocalDate target, LocalDate p50, LocalDate p85,
                                List<String> critical) {
    }

    /** An open issue that waits on an unfinished upstream issue, since the day it started waiting. */
    public record WaitingFact(String key, String upstream, LocalDate since, String team) {
    }

    /**
     * Every suggestion the facts give, by kind and subject.
     *
     * @param blockedDays work waiting more than this many days is suggested as blocked, at least 1
     */
    public static List<Suggestion> suggest(List<DependencyFact> dependencies, List<MilestoneFact> milestones,
                                           List<WaitingFact> waiting, List<Risk> risks, int blockedDays,
                                           LocalDate today) {
        if (blockedDays < 1) {
            throw new IllegalArgumentException("blocked days must be at least 1, not " + blockedDays);
        }
        List<Suggestion> out = new ArrayList<>();
        for (DependencyFact d : dependencies) {
            if (d.critical() && d.workingDaysLate() > 0) {
                out.add(new Suggestion(Suggestion.Kind.LATE_CRITICAL_DEPENDENCY, d.upstream() + ">" + d.dependent(),
                        Problem.of(K + "late.title", d.dependent(), d.upstream()),
                        Problem.of(K + "late.evidence", d.dependent(), d.upstream(), d.workingDaysLate(),
                                String.valueOf(d.neededBy())),
                        List.of(d.upstream(), d.dependent()), d.team(), d.workingDaysLate() >= 10 ? 5 : 4, 4,
                        "late|" + d.upstream() + "|" + d.dependent() + "|" + d.neededBy()));
            }
        }
        for (MilestoneFact m : milestones) {
            if (m.target() != null && m.p85() != null && m.p85().isAfter(m.target())) {
                boolean evenP50 = m.p50() != null && m.p50().isAfter(m.target());
                out.add(new Suggestion(Suggestion.Kind.MILESTONE_PAST_TARGET, "milestone-" + m.id(),
                        Problem.of(K + "milestone.title", m.name(), m.target().toString()),
                        Problem.of(K + (evenP50 ? "milestone.evidence.p50" : "milestone.evidence"), m.name(),
                                m.p85().toString(), m.target().toString(),
                                ChronoUnit.DAYS.between(m.target(), m.p85())),
                        m.critical(), null, evenP50 ? 5 : 4, 4,
                        "milestone|" + m.id() + "|" + m.target() + "|" + (evenP50 ? "p50" : "p85")));
            }
        }
        for (WaitingFact w : waiting) {
            long days = ChronoUnit.DAYS.between(w.since(), today);
            if (days > blockedDays) {
                out.add(new Suggestion(Suggestion.Kind.BLOCKED_WORK, w.key() + ">" + w.upstream(),
                        Problem.of(K + "blocked.title", w.key(), w.upstream()),
                        Problem.of(K + "blocked.evidence", w.key(), w.upstream(), days, w.since().toString()),
                        List.of(w.key(), w.upstream()), w.team(), 3, 3,
                        "blocked|" + w.key() + "|" + w.upstream() + "|" + w.since()));
            }
        }
        for (Risk r : risks) {
            Integer score = r.residualScore();
            if (r.open() && score != null && score >= RiskScale.HIGH_SCORE && (r.owner() == null || !r.mitigated())) {
                String missing = r.owner() == null && !r.mitigated() ? "both" : r.owner() == null ? "owner"
                        : "mitigation";
                out.add(new Suggestion(Suggestion.Kind.UNOWNED_HIGH_RISK, r.key(),
                        Problem.of(K + "unowned.title." + missing, r.key()),
                        Problem.of(K + "unowned.evidence." + missing, r.key(), score), List.of(r.key()), r.team(),
                        null, null, "unowned|" + r.key() + "|" + score + "|" + missing));
            }
        }
        out.sort(Comparator.comparing(Suggestion::kind).thenComparing(Suggestion::subject));
        return out;
    }
}
