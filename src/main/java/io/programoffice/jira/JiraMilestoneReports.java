package io.programoffice.jira;

import io.programoffice.core.analysis.DependencyAnalysis;
import io.programoffice.core.analysis.DependencyGraph;
import io.programoffice.core.analysis.DrivingChains;
import io.programoffice.core.analysis.LateDependency;
import io.programoffice.core.dependency.DependencyStore;
import io.programoffice.core.forecast.ForecastThreads;
import io.programoffice.core.index.ProgramIndex;
import io.programoffice.core.index.ProgramIndexAccess;
import io.programoffice.core.index.ProgramMembership;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.milestone.BaselineStore;
import io.programoffice.core.milestone.BaselineSummary;
import io.programoffice.core.milestone.Burnup;
import io.programoffice.core.milestone.Milestone;
import io.programoffice.core.milestone.MilestoneBaseline;
import io.programoffice.core.milestone.MilestoneIssue;
import io.programoffice.core.milestone.MilestoneReport;
import io.programoffice.core.milestone.MilestoneReportCache;
import io.programoffice.core.milestone.MilestoneReporter;
import io.programoffice.core.milestone.MilestoneScope;
import io.programoffice.core.milestone.MilestoneSnapshot;
import io.programoffice.core.milestone.ProgramIssues;
import io.programoffice.core.milestone.ScopeChange;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.program.Program;
import io.programoffice.core.scheme.ProgramScheme;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
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
 * kept dependency analysis, and the program scheme's working calendar. The reports of a program are kept per viewer
 * visibility ({@link MilestoneReportCache}) while nothing they were computed from changed: each call still reads the
 * scheme and the open dependencies' metadata from the stores, takes the milestones as its caller read them from the
 * store, asks for the (kept) dependency analysis and runs every JQL scope's query through Jira's search, comparing the
 * ids it matched; it skips only the index scan and the forecasts. Thread-safe.
 */
@Named
public class JiraMilestoneReports {
    /** Weeks of burnup a report carries. */
    public static final int BURNUP_WEEKS = 26;
    private final ProgramIndexAccess index;
    private final JiraVisibility visibility;
    private final ProgramsWithSchemes schemes;
    private final JiraDependencyAnalysis analysis;
    private final JiraIndexSource search;
    private final DependencyStore dependencyStore;
    private final Clock clock;
    private final BaselineStore baselines;
    private final MilestoneReportCache<List<Reported>> cache = new MilestoneReportCache<>();
    /** The latest answer to each JQL scope's query, at most {@value #JQL_ANSWERS} queries (least recently used out). */
    private final Map<String, JqlAnswer> jqlAnswers = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, JqlAnswer> eldest) {
            return size() > JQL_ANSWERS;
        }
    };
    private static final int JQL_ANSWERS = 500;
    /** The threads forecasts share their trials out on ({@link ForecastPool}). */
    private static final ForecastThreads FORECAST_THREADS = ForecastPool.create();

    @Inject
    public JiraMilestoneReports(JiraProgramIndex index, JiraVisibility visibility, ProgramsWithSchemes schemes,
                                JiraDependencyAnalysis analysis, JiraIndexSource search,
                                DependencyStore dependencyStore, BaselineStore baselines) {
        this(index, visibility, schemes, analysis, search, dependencyStore, baselines, Clock.systemDefaultZone());
    }

    JiraMilestoneReports(ProgramIndexAccess index, JiraVisibility visibility, ProgramsWithSchemes schemes,
                         JiraDependencyAnalysis analysis, JiraIndexSource search, DependencyStore dependencyStore,
                         BaselineStore baselines, Clock clock) {
        this.baselines = baselines;
        this.dependencyStore = dependencyStore;
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
        return reports(program, milestones, viewer, MilestoneReporter.Unit.ISSUES, windowDays, trials);
    }

    /** As {@link #reports(Program, List, int, int)}, the teams' paces counting {@code unit}. */
    public List<Reported> reports(Program program, List<Milestone> milestones, MilestoneReporter.Unit unit,
                                  int windowDays, int trials) {
        return reports(program, milestones, visibility.forCurrentUser(), unit, windowDays, trials);
    }

    /**
     * As {@link #reports(Program, List, VisibilityFilter, int, int)}, counting {@code unit}; each milestone's scope
     * compared with the program's newest baseline (issues {@code viewer} may browse only).
     */
    public List<Reported> reports(Program program, List<Milestone> milestones, VisibilityFilter viewer,
                                  MilestoneReporter.Unit unit, int windowDays, int trials) {
        if (milestones.isEmpty()) {
            return List.of();
        }
        ProgramScheme scheme = schemes.schemeOf(program);
        var openRecords = dependencyStore.open();
        ProgramIndex programIndex = index.index();
        long modifications = programIndex.modifications(); // before the index is read: see ProgramIndex
        ProgramMembership membership = index.membership(program);
        JiraDependencyAnalysis.Analyzed analyzed = analysis.analyzed(program, viewer);
        Map<Long, List<Long>> jql = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        for (Milestone m : milestones) {
            if (m.scope().kind() == MilestoneScope.Kind.JQL) {
                jql.put(m.id(), jqlMatches(m.scope(), programIndex, modifications, today));
            }
        }
        // baselines are never changed once taken: the newest one's id stands for its content
        long baselineId = baselines.list(program.key(), PageRequest.of(0, 1)).values().stream().findFirst()
                .map(BaselineSummary::id).orElse(0L);
        MilestoneReportCache.Inputs inputs = new MilestoneReportCache.Inputs(program, scheme, milestones, openRecords,
                analyzed, programIndex, modifications, membership, jql, today, unit, baselineId, windowDays, trials);
        return cache.get(inputs, viewer, recorded -> compute(inputs, analyzed, recorded));
    }

    /** The reports for {@code inputs}, asking only {@code viewer} for visibility. */
    private List<Reported> compute(MilestoneReportCache.Inputs inputs, JiraDependencyAnalysis.Analyzed analyzed,
                                   VisibilityFilter viewer) {
        ProgramScheme scheme = inputs.scheme();
        ProgramIssues issues = ProgramIssues.of(inputs.index(), inputs.membership(), viewer, scheme);
        DependencyAnalysis a = analyzed.analysis();
        List<MilestoneReporter.Dependency> dependencies = dependencies(a.graph());
        List<LateDependency> late = analyzed.summary().late();
        Map<String, Integer> nodes = new HashMap<>();
        for (int v = 0; v < a.graph().size(); v++) {
            nodes.put(a.graph().key(v), v);
        }
        LocalDate today = inputs.today();
        Map<Long, MilestoneSnapshot> baseline = new HashMap<>();
        LocalDate baselineOn = null;
        if (inputs.baselineId() != 0) {
            Optional<MilestoneBaseline> b = baselines.find(inputs.baselineId());
            if (b.isPresent()) {
                b.get().milestones().forEach(snapshot -> baseline.put(snapshot.milestoneId(), snapshot));
                baselineOn = b.get().takenAt().atZone(ZoneOffset.UTC).toLocalDate();
            }
        }
        List<Reported> out = new ArrayList<>();
        for (Milestone m : inputs.milestones()) {
            List<Long> matched = inputs.jqlMatches().getOrDefault(m.id(), List.of());
            List<MilestoneIssue> scope = issues.inScope(m.scope(), id -> Collections.binarySearch(matched, id) >= 0);
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
            MilestoneSnapshot then = baseline.get(m.id());
            Set<Long> now = new HashSet<>();
            ids.forEach(i -> now.add(i.id()));
            ScopeChange change = then == null ? null : ScopeChange.of(then, baselineOn, now, issues::containsId);
            MilestoneReport report = MilestoneReporter.report(m, scope, issues.byKey(), dependencies, lateUpstream,
                    change, scheme.calendar(), inputs.unit(), inputs.windowDays(), inputs.trials(), clock,
                    FORECAST_THREADS);
            Set<String> critical = new TreeSet<>();
            DrivingChains.into(a, part).stream().forEach(v -> critical.add(a.graph().key(v)));
            out.add(new Reported(report, Burnup.weekly(scope, issues::created, today, BURNUP_WEEKS), critical, ids));
        }
        return List.copyOf(out);
    }

    /**
     * The ids a JQL scope's query finds, sorted: kept while this node's index, its modification count (every issue
     * and link event Jira sends moves it) and the day are unchanged, else asked of Jira's search again. A query whose
     * answer moves with the clock alone (such as {@code updated > -1h}) is therefore answered as of the last issue
     * change or the start of the day. The scan then keeps only the viewer's program issues.
     */
    private List<Long> jqlMatches(MilestoneScope scope, ProgramIndex programIndex, long modifications,
                                  LocalDate today) {
        JqlAnswer kept;
        synchronized (jqlAnswers) {
            kept = jqlAnswers.get(scope.text());
        }
        if (kept != null && kept.index() == programIndex && kept.modifications() == modifications
                && kept.today().equals(today)) {
            return kept.ids();
        }
        List<Long> ids = Arrays.stream(searchJql(scope)).boxed().toList();
        synchronized (jqlAnswers) {
            jqlAnswers.put(scope.text(), new JqlAnswer(programIndex, modifications, today, ids));
        }
        return ids;
    }

    /** What Jira's search answered to a scope's query, and when. */
    private record JqlAnswer(ProgramIndex index, long modifications, LocalDate today, List<Long> ids) {
    }

    /** The ids a JQL scope's query finds, sorted (Jira's search). */
    private long[] searchJql(MilestoneScope scope) {
        long[] ids;
        try {
            ids = search.matching(scope.text());
        } catch (IssueSearchException e) {
            return new long[0]; // a query Jira no longer accepts finds nothing: the report says the scope is empty
        }
        long[] sorted = ids.clone();
        Arrays.sort(sorted);
        return sorted;
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
