package io.programoffice.jira;

import io.programoffice.core.analysis.AnalysisSummary;
import io.programoffice.core.analysis.DependencyAnalysis;
import io.programoffice.core.analysis.DependencyGraph;
import io.programoffice.core.dependency.AnalysisCache;
import io.programoffice.core.dependency.DependencyRecord;
import io.programoffice.core.dependency.DependencyStore;
import io.programoffice.core.dependency.ProgramDependencyGraph;
import io.programoffice.core.index.ProgramIndex;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.program.Program;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.scheme.SchemeStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Analyses a program's dependencies as the logged-in user sees them: the graph from the node's program index, the
 * program's scheme (mapped link types, durations, calendar, done rule), the open dependencies' metadata (lag
 * overrides, needed-by dates) and the fix versions' release dates, scheduled from today. A program without a
 * scheme maps no link type and so has no dependencies. Analyses are kept per program and viewer visibility
 * ({@link AnalysisCache}) while nothing they were computed from changed: each call still reads the scheme and the open
 * dependencies' metadata from the stores and asks Jira for the viewer's permissions and the release dates it used,
 * so it skips only the graph build and the analysis. Thread-safe.
 */
@Named
public class JiraDependencyAnalysis {
    private final JiraProgramIndex index;
    private final JiraVisibility visibility;
    private final SchemeStore schemes;
    private final DependencyStore store;
    private final JiraProgramReleases releases;
    private final Clock clock;
    private final AnalysisCache<Analyzed> cache = new AnalysisCache<>();

    @Inject
    public JiraDependencyAnalysis(JiraProgramIndex index, JiraVisibility visibility, SchemeStore schemes,
                                  DependencyStore store, JiraProgramReleases releases) {
        this(index, visibility, schemes, store, releases, Clock.systemDefaultZone());
    }

    JiraDependencyAnalysis(JiraProgramIndex index, JiraVisibility visibility, SchemeStore schemes,
                           DependencyStore store, JiraProgramReleases releases, Clock clock) {
        this.index = index;
        this.visibility = visibility;
        this.schemes = schemes;
        this.store = store;
        this.releases = releases;
        this.clock = clock;
    }

    /** The analysis of {@code program}'s dependencies between issues the logged-in user may see. */
    public DependencyAnalysis analyze(Program program) {
        return analyze(program, visibility.forCurrentUser());
    }

    /**
     * The analysis of {@code program}'s dependencies between issues {@code viewer} may see (the JQL functions pass
     * the searcher's visibility, which need not be the logged-in user's).
     */
    public DependencyAnalysis analyze(Program program, VisibilityFilter viewer) {
        return analyzed(program, viewer).analysis();
    }

    /** The summary of {@link #analyze(Program)}: the same analysis, summarised once per kept analysis. */
    public AnalysisSummary summary(Program program) {
        return analyzed(program, visibility.forCurrentUser()).summary();
    }

    /** The summary of {@link #analyze(Program, VisibilityFilter)}, summarised once per kept analysis. */
    public AnalysisSummary summary(Program program, VisibilityFilter viewer) {
        return analyzed(program, viewer).summary();
    }

    /**
     * The analysis from {@link AnalysisCache}: reused while the program, its scheme, the open dependencies' metadata
     * (read from the store on every call), this node's index, the program's membership, today, the viewer's
     * visibility answers and the release dates read are all unchanged; else built now.
     */
    Analyzed analyzed(Program program, VisibilityFilter viewer) {
        ProgramScheme scheme = (program.schemeId() == 0 ? Optional.<ProgramScheme>empty()
                : schemes.find(program.schemeId())).orElseGet(JiraDependencyAnalysis::noDependencies);
        List<DependencyRecord> openRecords = store.open();
        ProgramIndex programIndex = index.index();
        long modifications = programIndex.modifications(); // before the index is read: see ProgramIndex
        AnalysisCache.Inputs inputs = new AnalysisCache.Inputs(program, scheme, openRecords, programIndex,
                modifications, index.membership(program), LocalDate.now(clock));
        return cache.get(inputs, viewer, releases::releaseDates, (recorded, releaseDates) -> {
            Map<Long, DependencyRecord> open = new HashMap<>();
            for (DependencyRecord record : openRecords) {
                open.put(record.linkId(), record);
            }
            // release dates are read per project on first need: only projects of issues with a fix version are asked
            DependencyGraph graph = ProgramDependencyGraph.build(programIndex, inputs.membership(), recorded, scheme,
                    linkId -> Optional.ofNullable(open.get(linkId)),
                    (project, version) -> releaseDates.apply(project).get(version), inputs.today());
            return new Analyzed(DependencyAnalysis.analyze(graph));
        });
    }

    /** An analysis and, once asked for, its summary (one kept instance per kept analysis). */
    static final class Analyzed {
        private final DependencyAnalysis analysis;
        private volatile AnalysisSummary summary;

        Analyzed(DependencyAnalysis analysis) {
            this.analysis = analysis;
        }

        DependencyAnalysis analysis() {
            return analysis;
        }

        AnalysisSummary summary() {
            AnalysisSummary s = summary;
            if (s == null) {
                s = analysis.summary();
                summary = s;
            }
            return s;
        }
    }

    /** The scheme of a program without one: nothing is a dependency. */
    private static ProgramScheme noDependencies() {
        ProgramScheme d = ProgramScheme.defaultScheme("No scheme");
        return new ProgramScheme(0, 0, d.name(), d.description(), List.of(), d.doneStatusCategories(),
                d.doneStatuses(), d.estimate(), d.team(), d.milestoneSource(), d.calendar(), d.durations(), d.risks());
    }
}
