package io.programoffice.core.dependency;

import io.programoffice.core.validation.FieldErrors;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to count or list of a {@link DependencyMatrix}: the states (none given: all), and for listing one cell, row or
 * column the dependent and upstream team (each {@code null}: any). Immutable; validated by {@link #parse}.
 *
 * @param states        the states counted; empty means every state
 * @param dependentTeam only dependencies whose waiting end is in this team, or {@code null}
 * @param upstreamTeam  only dependencies whose delivering end is in this team, or {@code null}
 */
public record MatrixQuery(Set<MatrixState> states, String dependentTeam, String upstreamTeam) {
    /** Longest team name taken. */
    public static final int MAX_TEAM = 255;
    /** Everything, in every state. */
    public static final MatrixQuery ALL = new MatrixQuery(Set.of(), null, null);
    private static final String E = "program-office.error.matrix.";

    public MatrixQuery {
        states = states.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(states));
    }

    /** Whether a dependency in {@code state} counts. */
    public boolean counts(MatrixState state) {
        return states.isEmpty() || states.contains(state);
    }

    /** Whether the dependency is in this query's states and teams. */
    public boolean matches(MatrixDependency d) {
        return counts(d.state()) && (dependentTeam == null || dependentTeam.equals(d.dependent().team()))
                && (upstreamTeam == null || upstreamTeam.equals(d.upstream().team()));
    }

    /**
     * Reads {@code state} (wire names of {@link MatrixState}, comma-separated or repeated), {@code dependentTeam} and
     * {@code upstreamTeam} (once each, exact names; blank means any). Other parameters are left to their readers.
     *
     * @throws io.programoffice.core.validation.ValidationException with a problem per bad parameter
     */
    public static MatrixQuery parse(Map<String, List<String>> parameters) {
        FieldErrors errors = new FieldErrors();
        Set<MatrixState> states = EnumSet.noneOf(MatrixState.class);
        for (String value : parameters.getOrDefault("state", List.of())) {
            for (String name : value.split(",")) {
                if (!name.isBlank()) {
                    MatrixState.parse(name.strip()).ifPresentOrElse(states::add,
                            () -> errors.add("state", E + "state.unknown", name.strip(), names()));
                }
            }
        }
        String dependent = team(errors, parameters, "dependentTeam");
        String upstream = team(errors, parameters, "upstreamTeam");
        errors.throwIfAny();
        return new MatrixQuery(states, dependent, upstream);
    }

    private static String team(FieldErrors errors, Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        errors.check(values.size() > 1, name, E + "team.once", name);
        String value = values.isEmpty() ? null : values.get(0);
        if (value == null || value.isBlank()) {
            return null;
        }
        errors.check(value.strip().length() > MAX_TEAM, name, E + "team.length", MAX_TEAM);
        return value.strip();
    }

    private static String names() {
        List<String> out = new ArrayList<>();
        for (MatrixState s : MatrixState.values()) {
            out.add(s.wireName());
        }
        return String.join(", ", out);
    }
}
