package io.programoffice.jira;

import io.programoffice.core.analysis.DependencyAnalysis;
import io.programoffice.core.analysis.DependencyGraph;
import io.programoffice.core.analysis.DrivingChains;
import io.programoffice.core.analysis.LateDependency;
import io.programoffice.core.index.ProgramIndexAccess;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.milestone.Burnup;
import io.programoffice.core.milestone.Milestone;
import io.programoffice.core.milestone.MilestoneIssue;
import io.programoffice.core.milestone.MilestoneReport;
import io.programoffice.core.milestone.MilestoneReporter;
import io.programoffice.core.milestone.MilestoneScope;
import io.programoffice.core.milestone.MilestoneSnapshot;
import io.programoffice.core.milestone.ProgramIssues;
import io.programoffice.core.program.Program;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.scheme.SchemeStore;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Milestone reports: the program's issues the viewer may browse (one scan of this node's program index), a JQL scope
 * run through Jira's search (then kept to those issues), the program's dependencies and late dependencies from the
 * kept dependency analysis, and the program scheme's working calendar. Thread-safe.
 */
@Named
public class JiraMilestoneReports {
    /** Weeks of burnup a report carries. */
    public static final int BURNUP_WEEKS = 26;
    private final ProgramIndexAccess index;
    private final JiraVisibility visibility;
    private final SchemeStore schemes;
    private final JiraDependencyAnalysis analysis;
    private final JiraIndexSource search;
    private final Clock clock;

    @Inject
    public JiraMilestoneReports(JiraProgramIndex index, JiraVisibility visibility, SchemeStore schemes,
                                JiraDependencyAnalysis analysis, JiraIndexSource search) {
        this(index, visibility, schemes, analysis, search, Clock.systemDefaultZone());
    }

    JiraMilestoneReports(ProgramIndexAccess index, JiraVisibility visibility, SchemeStore schemes,
                         JiraDependencyAnalysis analysis, JiraIndexSource search, Clock clock) {
        this.index = index;
        this.visibility = visibility;
        this.schemes = schemes;
        this.analysis = analysis;
        this.search = search;
        this.clock = clock;
    }

    /**
     * A milestone's report with its burnup, the keys of its open issues on its critical path (the chain of
     * dependencies that finishes last, {@link DrivingChains}; issues upstream of the milestone included), and the
     * issues of its scope it was made over (those the viewer may browse, in the scope's order).
     */
    public record Reported(MilestoneReport report, Burnup burnup, Set<String> critical,
                           List<MilestoneSnapshot.ScopeIssue> scope) {
        public Reported {
            critical = java.util.Collections.unmodifiableSet(new TreeSet<>(critical));
            scope = List.copyOf(scope);
        }
    }

    /** The reports of {@code milestones} (all of {@code program}'s), in their order, for the logged-in user. */
    public List<Reported> reports(Program program, List<Milestone> milestones, int windowDays, int trials) {
        return reports(program, milestones, visibility.forCurrentUser(), windowDays, trials);
    }

    /**
     * The reports of {@code milestones} over the program's issues {@code viewer} may browse
     * ({@link VisibilityFilter#everything()} for system tasks such as baselines, never for a viewer's page).
     */
    public List<Reported> reports(Program program, List<Milestone> milestones, VisibilityFilter viewer,
                                  int windowDays, int trials) {
        if (milestones.isEmpty()) {
            return List.of();
        }
        ProgramScheme scheme = (program.schemeId() == 0 ? Optional.<ProgramScheme>empty()
                : schemes.find(program.schemeId())).orElseGet(() -> ProgramScheme.defaultScheme("Default"));
        ProgramIssues issues = ProgramIssues.of(index.index(), index.membership(program), viewer, scheme);
        DependencyAnalysis a = analysis.analyze(program, viewer);
        List<MilestoneReporter.Dependency> dependencies = dependencies(a.graph());
        List<LateDependency> late = analysis.summary(program, viewer).late();
        Map<String, Integer> nodes = new HashMap<>();
        for (int v = 0; v < a.graph().size(); v++) {
            nodes.put(a.graph().key(v), v);
        }
        LocalDate today = LocalDate.now(clock);
        List<Reported> out = new ArrayList<>();
        for (Milestone m : milestones) {
            List<MilestoneIssue> scope = issues.inScope(m.scope(), jqlMatches(m.scope()));
            Set<String> keys = new HashSet<>();
            List<MilestoneSnapshot.ScopeIssue> ids = new ArrayList<>();
            BitSet part = new BitSet();
            for (MilestoneIssue i : scope) {
                keys.add(i.key());
                issues.idOf(i.key()).ifPresent(id -> ids.add(new MilestoneSnapshot.ScopeIssue(id, i.key())));
                Integer v = nodes.get(i.key());
                if (v != null) {
                    part.set(v);
                }
            }
            int lateUpstream = (int) late.stream().filter(l -> keys.contains(l.dependentKey())).count();
            MilestoneReport report = MilestoneReporter.report(m, scope, issues.byKey(), dependencies, lateUpstream,
                    scheme.calendar(), windowDays, trials, clock);
            Set<String> critical = new TreeSet<>();
            DrivingChains.into(a, part).stream().forEach(v -> critical.add(a.graph().key(v)));
            out.add(new Reported(report, Burnup.weekly(scope, issues::created, today, BURNUP_WEEKS), critical, ids));
        }
        return out;
    }

    /** The ids a JQL scope's query finds (Jira's search; the scan keeps only the viewer's program issues). */
    private java.util.function.LongPredicate jqlMatches(MilestoneScope scope) {
        if (scope.kind() != MilestoneScope.Kind.JQL) {
            return id -> false;
        }
        long[] ids;
        try {
            ids = search.matching(scope.text());
        } catch (IssueSearchException e) {
            return id -> false; // a query Jira no longer accepts finds nothing: the report says the scope is empty
        }
        long[] sorted = ids.clone();
        Arrays.sort(sorted);
        return id -> Arrays.binarySearch(sorted, id) >= 0;
    }

    private static List<MilestoneReporter.Dependency> dependencies(DependencyGraph graph) {
        List<MilestoneReporter.Dependency> out = new ArrayList<>();
        for (int u = 0; u < graph.size(); u++) {
            for (int e = graph.firstEdge(u), end = graph.firstEdge(u + 1); e < end; e++) {
                out.add(new MilestoneReporter.Dependency(graph.key(u), graph.key(graph.target(e))));
            }
        }
        return out;
    }
}
