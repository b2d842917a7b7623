package io.programoffice.core.dependency;

import io.programoffice.core.validation.FieldErrors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the program dependency graph shows: the teams one end must belong to, the negotiation states the
 * dependencies must be in, and whether issues or teams are the nodes. Immutable and validated; {@link #parse}
 * reports every problem per parameter as i18n keys.
 *
 * @param teams     accepted teams, either end in one of them (empty: all); only repeated parameters (team names may
 *                  contain commas)
 * @param states    accepted states by wire name, {@value #NO_STATE} for a dependency nobody proposed yet (empty:
 *                  all); comma-separated or repeated
 * @param aggregate issues, teams, or issues up to {@link DependencyGraphView#MAX_ISSUE_NODES} and teams above
 */
public record GraphQuery(Set<String> teams, Set<String> states, Aggregate aggregate) {
    /** The state of a dependency without negotiation state. */
    public static final String NO_STATE = "none";
    /** Most values of one filter. */
    public static final int MAX_VALUES = 100;
    /** Longest team name. */
    public static final int MAX_LENGTH = 255;
    /** Every state a filter accepts, in negotiation order. */
    public static final List<String> STATES = List.of(NO_STATE, "proposed", "committed", "declined", "escalated",
            "done");
    /** The whole graph, aggregated only above the limit. */
    public static final GraphQuery ALL = new GraphQuery(Set.of(), Set.of(), Aggregate.AUTO);

    /** How nodes are chosen. */
    public enum Aggregate {
        /** Issues up to the limit, teams above it. */
        AUTO,
        /** Always teams. */
        TEAMS,
        /** Issues; teams only above the limit. */
        ISSUES;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public GraphQuery {
        teams = Collections.unmodifiableSet(new TreeSet<>(teams));
        states = Collections.unmodifiableSet(new TreeSet<>(states));
        Objects.requireNonNull(aggregate, "aggregate");
        if (!STATES.containsAll(states)) {
            throw new IllegalArgumentException("unknown state in " + states);
        }
    }

    /** Whether a dependency in {@code state} (its wire name, {@value #NO_STATE} for none) is shown. */
    public boolean acceptsState(String state) {
        return states.isEmpty() || states.contains(state);
    }

    /**
     * The query in {@code team}, {@code state} and {@code aggregate} parameters.
     *
     * @throws io.programoffice.core.validation.ValidationException with a problem per bad parameter
     */
    public static GraphQuery parse(Map<String, List<String>> parameters) {
        Objects.requireNonNull(parameters, "parameters");
        FieldErrors errors = new FieldErrors();
        Set<String> teams = new TreeSet<>();
        for (String team : parameters.getOrDefault("team", List.of())) {
            if (team == null || team.isBlank()) {
                continue;
            }
            errors.check(team.strip().length() > MAX_LENGTH, "team", "program-office.error.view.value.length",
                    MAX_LENGTH);
            teams.add(team.strip());
        }
        errors.check(teams.size() > MAX_VALUES, "team", "program-office.error.view.values.size", "team", MAX_VALUES);
        Set<String> states = new TreeSet<>();
        for (String state : split(parameters.getOrDefault("state", List.of()))) {
            String wire = state.toLowerCase(Locale.ROOT);
            if (STATES.contains(wire)) {
                states.add(wire);
            } else {
                errors.add("state", "program-office.error.graph.state.unknown", state, String.join(", ", STATES));
            }
        }
        List<String> aggregates = split(parameters.getOrDefault("aggregate", List.of()));
        errors.check(aggregates.size() > 1, "aggregate", "program-office.error.graph.aggregate.once");
        Aggregate aggregate = Aggregate.AUTO;
        if (aggregates.size() == 1) {
            String wanted = aggregates.get(0);
            aggregate = Arrays.stream(Aggregate.values()).filter(a -> a.wireName().equalsIgnoreCase(wanted))
                    .findFirst().orElse(null);
            if (aggregate == null) {
                errors.add("aggregate", "program-office.error.graph.aggregate.unknown", wanted);
                aggregate = Aggregate.AUTO;
            }
        }
        errors.throwIfAny();
        return new GraphQuery(teams, states, aggregate);
    }

    private static List<String> split(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String value : values) {
            if (value != null) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
            }
        }
        return out;
    }
}
