package io.programoffice.core.risk;

import io.programoffice.core.validation.Problem;

/**
 * The 1–5 scale the probability and impact fields hold (1: rare or negligible, 5: almost certain or severe), and the
 * score, their product (1–25). Stateless.
 */
public final class RiskScale {
    public static final int MIN = 1;
    public static final int MAX = 5;
    /** A score at or above this is high: the register marks it and an unowned or unmitigated one is suggested. */
    public static final int HIGH_SCORE = 15;

    private RiskScale() {
    }

    /**
     * The value {@code text} gives, or null for none (blank).
     *
     * @throws IllegalArgumentException when it is not a whole number from 1 to 5 ({@link #problem} says so in words)
     */
    public static Integer parse(String text) {
        Problem p = problem(text);
        if (p != null) {
            throw new IllegalArgumentException(text + " is not a whole number from " + MIN + " to " + MAX);
        }
        return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
    }

    /** Why {@code text} is not a value of the scale, or null when it is one or blank. */
    public static Problem problem(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        if (!t.matches("[0-9]{1,9}")) {
            return Problem.of("program-office.risk.scale.number", t, MIN, MAX);
        }
        int v = Integer.parseInt(t);
        return v < MIN || v > MAX ? Problem.of("program-office.risk.scale.range", v, MIN, MAX) : null;
    }

    /** The score of {@code probability} and {@code impact}, or null when either is missing. */
    public static Integer score(Integer probability, Integer impact) {
        if (probability == null || impact == null) {
            return null;
        }
        check(probability);
        check(impact);
        return probability * impact;
    }

    private static void check(int v) {
        if (v < MIN || v > MAX) {
            throw new IllegalArgumentException(v + " is not on the scale " + MIN + ".." + MAX);
        }
    }
}
