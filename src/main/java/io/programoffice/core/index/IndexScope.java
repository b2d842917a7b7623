package io.programoffice.core.index;

import io.programoffice.core.program.Program;
import io.programoffice.core.scheme.EstimateSource;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.scheme.RiskSource;
import io.programoffice.core.scheme.TeamSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;

/**
 * What the node's program index holds: the issues of every program's projects, plus the issues each program's JQL
 * matches, with the estimate and team read from one source each.
 *
 * <p><b>One estimate and one team source per index.</b> The index keeps one estimate and one team per issue, so when
 * programs use schemes with different sources, the index takes the pair that the most programs use (a program
 * without a scheme counts for issue counting and project teams); on a tie, the pair of the scheme with the lowest id
 * wins. {@link #otherSourcePrograms()} names the programs whose scheme wanted another pair; the administration page
 * shows them.
 *
 * <p><b>One risk source per risk issue type.</b> Issues of a type some program's scheme names as its risk type get
 * their risk values read with that scheme's risk source. When schemes name the same type with different fields, the
 * scheme with the lowest id wins and the other schemes' programs are listed in {@link #otherSourcePrograms()}.
 * Immutable and thread-safe.
 *
 * @param projectKeys         projects of all programs, sorted
 * @param jqls                the distinct program JQL filters, in program key order
 * @param estimate            where estimates come from
 * @param team                where teams come from
 * @param otherSourcePrograms keys of programs whose scheme names another estimate, team or risk source, sorted
 * @param risks               the risk source of each risk issue type, by the type's name
 */
public record IndexScope(Set<String> projectKeys, List<String> jqls, EstimateSource estimate, TeamSource team,
                         List<String> otherSourcePrograms, Map<String, RiskSource> risks) {
    /** Nothing in scope. */
    public static final IndexScope EMPTY = new IndexScope(Set.of(), List.of(), EstimateSource.ISSUE_COUNT,
            TeamSource.PROJECT, List.of());

    public IndexScope {
        projectKeys = java.util.Collections.unmodifiableSet(new TreeSet<>(projectKeys));
        jqls = List.copyOf(new LinkedHashSet<>(jqls));
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(team, "team");
        otherSourcePrograms = List.copyOf(new TreeSet<>(otherSourcePrograms));
        risks = Map.copyOf(risks);
        for (RiskSource r : risks.values()) {
            if (!r.enabled()) {
                throw new IllegalArgumentException("a risk type's source keeps no risks");
            }
        }
        for (String jql : jqls) {
            if (jql.isBlank()) {
                throw new IllegalArgumentException("a program JQL filter is blank");
            }
        }
    }

    /** A scope that reads no risk values. */
    public IndexScope(Set<String> projectKeys, List<String> jqls, EstimateSource estimate, TeamSource team,
                      List<String> otherSourcePrograms) {
        this(projectKeys, jqls, estimate, team, otherSourcePrograms, Map.of());
    }

    /**
     * The scope of these programs.
     *
     * @param programs the programs (archived ones too: their pages still read the index)
     * @param schemes  a program's scheme by id; null when there is none
     */
    public static IndexScope of(List<Program> programs, LongFunction<ProgramScheme> schemes) {
        Set<String> projects = new TreeSet<>();
        List<String> jqls = new ArrayList<>();
        Map<Long, ProgramScheme> schemeById = new HashMap<>();
        Map<Sources, Integer> votes = new HashMap<>();
        Map<Sources, Long> lowestScheme = new HashMap<>();
        Map<String, Sources> wanted = new HashMap<>();
        Map<String, RiskSource> risks = new HashMap<>();
        Map<String, Long> riskScheme = new HashMap<>();
        List<Program> withRisks = new ArrayList<>();
        for (Program p : programs.stream().sorted(Comparator.comparing(Program::key)).toList()) {
            projects.addAll(p.projectKeys());
            if (p.scope().jql() != null && !p.scope().jql().isBlank()) {
                jqls.add(p.scope().jql().strip());
            }
            ProgramScheme scheme = p.schemeId() == 0 ? null
                    : schemeById.computeIfAbsent(p.schemeId(), schemes::apply);
            Sources s = scheme == null ? Sources.DEFAULT : new Sources(scheme.estimate(), scheme.team());
            votes.merge(s, 1, Integer::sum);
            lowestScheme.merge(s, scheme == null ? Long.MAX_VALUE : scheme.id(), Math::min);
            wanted.put(p.key(), s);
            if (scheme != null && scheme.risks().enabled()) {
                withRisks.add(p);
                String type = scheme.risks().issueType();
                if (scheme.id() < riskScheme.getOrDefault(type, Long.MAX_VALUE)) {
                    riskScheme.put(type, scheme.id());
                    risks.put(type, scheme.risks());
                }
            }
        }
        Sources chosen = votes.keySet().stream()
                .max(Comparator.<Sources>comparingInt(votes::get)
                        .thenComparing(s -> -lowestScheme.get(s)))
                .orElse(Sources.DEFAULT);
        Set<String> others = new TreeSet<>(wanted.entrySet().stream().filter(e -> !e.getValue().equals(chosen))
                .map(Map.Entry::getKey).toList());
        for (Program p : withRisks) {
            RiskSource own = schemeById.get(p.schemeId()).risks();
            if (!own.equals(risks.get(own.issueType()))) {
                others.add(p.key());
            }
        }
        return new IndexScope(projects, jqls, chosen.estimate(), chosen.team(), List.copyOf(others), risks);
    }

    /** Whether nothing is in scope. */
    public boolean isEmpty() {
        return projectKeys.isEmpty() && jqls.isEmpty();
    }

    /** Whether the fields read per issue (estimate, team and risk sources) are the same as in {@code other}. */
    public boolean sameFields(IndexScope other) {
        return estimate.equals(other.estimate) && team.equals(other.team) && risks.equals(other.risks);
    }

    /** This scope restricted to the given projects and no JQL (for loading projects newly in scope). */
    public IndexScope onlyProjects(Set<String> keys) {
        return new IndexScope(keys, List.of(), estimate, team, List.of(), risks);
    }

    /** The risk source of issues of this type, or null when the type is no program's risk type. */
    public RiskSource riskSource(String issueType) {
        return risks.get(issueType);
    }

    private record Sources(EstimateSource estimate, TeamSource team) {
        static final Sources DEFAULT = new Sources(EstimateSource.ISSUE_COUNT, TeamSource.PROJECT);
    }
}
