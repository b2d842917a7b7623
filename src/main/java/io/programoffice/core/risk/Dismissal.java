package io.programoffice.core.risk;

import io.programoffice.core.validation.FieldErrors;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone said a suggested risk is not one, and why. The suggestion stays away while its evidence is the same
 * (same fingerprint); when the evidence changes it comes back. Immutable.
 *
 * @param kind        the suggestion's rule
 * @param subject     the suggestion's subject
 * @param fingerprint its evidence when dismissed
 * @param user        who dismissed it (user name)
 * @param reason      why, in their words (1–{@value #MAX_REASON} characters)
 * @param at          when
 */
public record Dismissal(Suggestion.Kind kind, String subject, String fingerprint, String user, String reason,
                        Instant at) {
    public static final int MAX_REASON = 1_000;

    public Dismissal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(at, "at");
    }

    /**
     * {@code user} dismisses {@code suggestion} for {@code reason}.
     *
     * @throws io.programoffice.core.validation.ValidationException when the reason is missing or too long
     */
    public static Dismissal of(Suggestion suggestion, String user, String reason, Instant at) {
        FieldErrors errors = new FieldErrors();
        String r = reason == null ? "" : reason.strip();
        errors.check(r.isEmpty(), "reason", "program-office.risk.dismissal.reason.missing");
        errors.check(r.length() > MAX_REASON, "reason", "program-office.risk.dismissal.reason.long", MAX_REASON);
        errors.throwIfAny();
        return new Dismissal(suggestion.kind(), suggestion.subject(), suggestion.fingerprint(), user, r, at);
    }

    /** Whether this dismissal still holds for {@code s}: the same suggestion on the same evidence. */
    public boolean holdsFor(Suggestion s) {
        return kind == s.kind() && subject.equals(s.subject()) && fingerprint.equals(s.fingerprint());
    }

    /** The newest of {@code dismissals} (kept oldest first) that holds for {@code s}, if any. */
    public static Optional<Dismissal> holding(Suggestion s, List<Dismissal> dismissals) {
        for (int i = dismissals.size() - 1; i >= 0; i--) {
            if (dismissals.get(i).holdsFor(s)) {
                return Optional.of(dismissals.get(i));
            }
        }
        return Optional.empty();
    }

    /** The suggestions no dismissal holds for. */
    public static List<Suggestion> visible(List<Suggestion> suggestions, List<Dismissal> dismissals) {
        return suggestions.stream().filter(s -> holding(s, dismissals).isEmpty()).toList();
    }
}
