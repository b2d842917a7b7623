package io.programoffice.rest.dto;

import io.programoffice.core.risk.Dismissal;
import io.programoffice.core.risk.Suggestion;
import java.util.List;
import java.util.Locale;

/**
 * A suggested risk as the REST API answers it: {@code {"id","kind","subject","title","evidence","evidenceKeys",
 * "team","probability","impact","createsRisk","dismissal"}}; {@code title} and {@code evidence} in the caller's
 * words, {@code dismissal} null unless it is dismissed ({@code {"by","reason","at"}}).
 */
public record SuggestionDto(String id, String kind, String subject, String title, String evidence,
                            List<String> evidenceKeys, String team, Integer probability, Integer impact,
                            boolean createsRisk, DismissalDto dismissal) {
    /** Who dismissed a suggestion, why and when (ISO-8601). */
    public record DismissalDto(String by, String reason, String at) {
        public static DismissalDto of(Dismissal d) {
            return new DismissalDto(d.user(), d.reason(), d.at().toString());
        }
    }

    public static SuggestionDto of(Suggestion s, String title, String evidence, Dismissal dismissal) {
        return new SuggestionDto(s.id(), s.kind().name().toLowerCase(Locale.ROOT), s.subject(), title, evidence,
                s.evidenceKeys(), s.team(), s.probability(), s.impact(), s.creates(),
                dismissal == null ? null : DismissalDto.of(dismissal));
    }
}
