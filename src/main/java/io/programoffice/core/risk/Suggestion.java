package io.programoffice.core.risk;

import io.programoffice.core.validation.Problem;

import java.util.List;
import java.util.Objects;

/**
 * A risk the program's own data suggests, with its evidence: what to call it, why (in words), the issues it rests on
 * (a created risk links to them), the team it concerns, a probability and impact to start from, and a fingerprint of
 * the evidence that matters: a dismissal holds while the fingerprint stays the same.
 *
 * @param kind        the rule that made it
 * @param subject     what it is about, unique per kind: {@code UPSTREAM>DEPENDENT} for a late dependency,
 *                    {@code WAITING>UPSTREAM} for blocked work, {@code milestone-ID}, or the risk's key
 * @param title       the suggested risk's summary
 * @param evidence    why, in words
 * @param evidenceKeys the issues it rests on
 * @param team        the team it concerns, or null
 * @param probability the suggested probability, 1–5 (null when no risk is to be created)
 * @param impact      the suggested impact, 1–5 (null when no risk is to be created)
 * @param fingerprint the evidence that matters, as text
 */
public record Suggestion(Kind kind, String subject, Problem title, Problem evidence, List<String> evidenceKeys,
                         String team, Integer probability, Integer impact, String fingerprint) {
    /** The rules that suggest risks. */
    public enum Kind {
        /** A dependency on the program's critical path is late. */
        LATE_CRITICAL_DEPENDENCY,
        /** A milestone's P85 forecast is past its target. */
        MILESTONE_PAST_TARGET,
        /** Work has waited on an unfinished upstream issue for longer than the program allows. */
        BLOCKED_WORK,
        /** A high-score risk has no owner or no mitigation: the risk exists, it needs one. */
        UNOWNED_HIGH_RISK
    }

    public Suggestion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(fingerprint, "fingerprint");
        evidenceKeys = List.copyOf(evidenceKeys);
        RiskScale.score(probability, impact);
    }

    /** Whether taking it creates a risk issue (all but {@link Kind#UNOWNED_HIGH_RISK}, which points at one). */
    public boolean creates() {
        return kind != Kind.UNOWNED_HIGH_RISK;
    }

    /** The suggestion's id across requests: its kind and subject. */
    public String id() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + subject;
    }
}
