package io.programoffice.jira;

import io.programoffice.core.analysis.DependencyAnalysis;
import io.programoffice.core.analysis.DependencyGraph;
import io.programoffice.core.dependency.DependencyRecord;
import io.programoffice.core.dependency.DependencyStore;
import io.programoffice.core.dependency.ProgramDependencyGraph;
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
 * scheme maps no link type and so has no dependencies. Thread-safe.
 */
@Named
public class JiraDependencyAnalysis {
    private final JiraProgramIndex index;
    private final JiraVisibility visibility;
    private final SchemeStore schemes;
    private final DependencyStore store;
    private final JiraProgramReleases releases;
    private final Clock clock;

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
        ProgramScheme scheme = (program.schemeId() == 0 ? Optional.<ProgramScheme>empty()
                : schemes.find(program.schemeId())).orElseGet(JiraDependencyAnalysis::noDependencies);
        Map<Long, DependencyRecord> open = new HashMap<>();
        for (DependencyRecord record : store.open()) {
            open.put(record.linkId(), record);
        }
        // release dates are read per project on first need: only projects of issues with a fix version are asked
        Map<String, Map<String, LocalDate>> dates = new HashMap<>();
        DependencyGraph graph = ProgramDependencyGraph.build(index.index(), index.membership(program), viewer,
                scheme, linkId -> Optional.ofNullable(open.get(linkId)),
                (project, version) -> dates.computeIfAbsent(project,
                        p -> releases.releaseDates(List.of(p)).getOrDefault(p, Map.of())).get(version),
                LocalDate.now(clock));
        return DependencyAnalysis.analyze(graph);
    }

    /** The scheme of a program without one: nothing is a dependency. */
    private static ProgramScheme noDependencies() {
        ProgramScheme d = ProgramScheme.defaultScheme("No scheme");
        return new ProgramScheme(0, 0, d.name(), d.description(), List.of(), d.doneStatusCategories(),
                d.doneStatuses(), d.estimate(), d.team(), d.milestoneSource(), d.calendar(), d.durations());
    }
}
