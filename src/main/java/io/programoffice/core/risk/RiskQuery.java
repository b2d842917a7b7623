package io.programoffice.core.risk;

import io.programoffice.core.validation.FieldErrors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the risk register shows: which risks (ROAM states, owner, score range, team, due range, open or all) and in
 * which order. Built from the register's request parameters by {@link #parse}, which names every bad one. Immutable.
 *
 * @param roam       the ROAM states to show (empty: any)
 * @param undecided  with {@code roam}: also risks without a ROAM state
 * @param owner      only this owner's (user name), or null; {@link #NOBODY} for risks without owner
 * @param minScore   the lowest residual score shown, or null
 * @param maxScore   the highest residual score shown, or null
 * @param team       only this team's, or null
 * @param dueFrom    due on or after, or null
 * @param dueTo      due on or before, or null
 * @param all        whether resolved and done risks are shown too
 * @param sort       the order
 * @param descending whether the order is reversed (risks missing the sorted value still come last)
 */
public record RiskQuery(Set<Roam> roam, boolean undecided, String owner, Integer minScore, Integer maxScore,
                        String team, LocalDate dueFrom, LocalDate dueTo, boolean all, Sort sort, boolean descending) {
    /** The owner filter for risks nobody owns. */
    public static final String NOBODY = "-";

    /** The register's orders; each breaks ties by issue key. */
    public enum Sort {
        SCORE(r -> r.residualScore()),
        INHERENT(r -> r.inherentScore()),
        PROBABILITY(r -> r.currentProbability()),
        IMPACT(r -> r.currentImpact()),
        DUE(Risk::due),
        OWNER(Risk::owner),
        ROAM(Risk::roam),
        KEY(r -> null);

        private final java.util.function.Function<Risk, Comparable<?>> value;

        Sort(java.util.function.Function<Risk, Comparable<?>> value) {
            this.value = value;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        Comparator<Risk> comparator(boolean descending) {
            if (this == KEY) {
                Comparator<Risk> byKey = Comparator.comparing(Risk::key, IssueKeys.ORDER);
                return descending ? byKey.reversed() : byKey;
            }
            Comparator<Comparable> natural = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
            return Comparator.<Risk, Comparable>comparing(r -> (Comparable) value.apply(r),
                    Comparator.nullsLast(natural)).thenComparing(Risk::key, IssueKeys.ORDER);
        }
    }

    public RiskQuery {
        roam = roam.isEmpty() ? EnumSet.noneOf(Roam.class) : EnumSet.copyOf(roam);
    }

    /** Open risks, highest residual score first. */
    public static RiskQuery defaults() {
        return new RiskQuery(Set.of(), false, null, null, null, null, null, null, false, Sort.SCORE, true);
    }

    /**
     * The query the register's parameters ask for (any may be null or blank): {@code roam} a comma-separated list of
     * ROAM states and {@code none}; {@code minScore}/{@code maxScore} 1–25; {@code dueFrom}/{@code dueTo} ISO
     * dates; {@code status} {@code open} (default) or {@code all}; {@code sort} a {@link Sort} name, lower case, with
     * a leading {@code -} for descending (default {@code -score}). Bad parameters are added to {@code errors} by name
     * and the query is then null.
     */
    public static RiskQuery parse(String roam, String owner, String minScore, String maxScore, String team,
                                  String dueFrom, String dueTo, String status, String sort, FieldErrors errors) {
        Set<Roam> states = EnumSet.noneOf(Roam.class);
        boolean undecided = false;
        if (roam != null && !roam.isBlank()) {
            for (String s : roam.split(",")) {
                if (s.trim().equalsIgnoreCase("none")) {
                    undecided = true;
                } else if (Roam.problem(s) != null || s.isBlank()) {
                    errors.add("roam", "program-office.risk.roam.unknown", s.trim(),
                            "resolved, owned, accepted, mitigated, none");
                } else {
                    states.add(Roam.parse(s));
                }
            }
        }
        Integer min = score(minScore, "minScore", errors);
        Integer max = score(maxScore, "maxScore", errors);
        if (min != null && max != null && min > max) {
            errors.add("maxScore", "program-office.risk.query.score.order", min, max);
        }
        LocalDate from = date(dueFrom, "dueFrom", errors);
        LocalDate to = date(dueTo, "dueTo", errors);
        if (from != null && to != null && from.isAfter(to)) {
            errors.add("dueTo", "program-office.risk.query.due.order", from.toString(), to.toString());
        }
        boolean all = false;
        if (status != null && !status.isBlank()) {
            all = status.trim().equalsIgnoreCase("all");
            errors.check(!all && !status.trim().equalsIgnoreCase("open"), "status",
                    "program-office.risk.query.status", status.trim());
        }
        Sort order = Sort.SCORE;
        boolean descending = true;
        if (sort != null && !sort.isBlank()) {
            String s = sort.trim();
            descending = s.startsWith("-");
            String name = (descending ? s.substring(1) : s).toUpperCase(Locale.ROOT);
            order = null;
            for (Sort candidate : Sort.values()) {
                order = candidate.name().equals(name) ? candidate : order;
            }
            if (order == null) {
                List<String> names = new ArrayList<>();
                for (Sort candidate : Sort.values()) {
                    names.add(candidate.name().toLowerCase(Locale.ROOT));
                }
                errors.add("sort", "program-office.risk.query.sort", s, String.join(", ", names));
            }
        }
        if (errors.has("roam") || errors.has("minScore") || errors.has("maxScore") || errors.has("dueFrom")
                || errors.has("dueTo") || errors.has("status") || errors.has("sort")) {
            return null;
        }
        return new RiskQuery(states, undecided, blankToNull(owner), min, max, blankToNull(team), from, to, all, order,
                descending);
    }

    /** Whether {@code r} is shown. */
    public boolean matches(Risk r) {
        if (!all && !r.open()) {
            return false;
        }
        if ((!roam.isEmpty() || undecided) && !(r.roam() == null ? undecided : roam.contains(r.roam()))) {
            return false;
        }
        if (owner != null && !(owner.equals(NOBODY) ? r.owner() == null : owner.equals(r.owner()))) {
            return false;
        }
        Integer score = r.residualScore();
        if ((minScore != null || maxScore != null) && score == null) {
            return false;
        }
        if (minScore != null && score < minScore || maxScore != null && score > maxScore) {
            return false;
        }
        if (team != null && !team.equals(r.team())) {
            return false;
        }
        if ((dueFrom != null || dueTo != null) && r.due() == null) {
            return false;
        }
        return (dueFrom == null || !r.due().isBefore(dueFrom)) && (dueTo == null || !r.due().isAfter(dueTo));
    }

    /** The order the register lists risks in. */
    public Comparator<Risk> order() {
        return sort.comparator(descending);
    }

    private static Integer score(String text, String field, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        int max = RiskScale.MAX * RiskScale.MAX;
        if (!t.matches("[0-9]{1,9}") || Integer.parseInt(t) < 1 || Integer.parseInt(t) > max) {
            errors.add(field, "program-office.risk.query.score", t, 1, max);
            return null;
        }
        return Integer.valueOf(t);
    }

    private static LocalDate date(String text, String field, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.add(field, "program-office.risk.query.date", text.trim());
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
