package io.programoffice.core.risk;

import io.programoffice.core.validation.Problem;

import java.util.Locale;

/**
 * What the program decided about a risk (ROAM): resolved (no longer a risk), owned (someone acts on it), accepted
 * (lived with as it is) or mitigated (acted on, so its residual score counts). A risk without a ROAM state is still
 * to be decided.
 */
public enum Roam {
    RESOLVED, OWNED, ACCEPTED, MITIGATED;

    /** The state {@code text} names (any case, surrounding blanks ignored), or null for none (blank). */
    public static Roam parse(String text) {
        if (problem(text) != null) {
            throw new IllegalArgumentException("unknown ROAM state " + text);
        }
        return text == null || text.isBlank() ? null : valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    /** Why {@code text} names no ROAM state, or null when it names one or is blank. */
    public static Problem problem(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (Roam r : values()) {
            if (r.name().equalsIgnoreCase(text.trim())) {
                return null;
            }
        }
        return Problem.of("program-office.risk.roam.unknown", text.trim(), "resolved, owned, accepted, mitigated");
    }

    /** The i18n key of the state's name. */
    public String i18nKey() {
        return "program-office.risk.roam." + name().toLowerCase(Locale.ROOT);
    }
}
