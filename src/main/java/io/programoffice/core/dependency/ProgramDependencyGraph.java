package io.programoffice.core.dependency;

import io.programoffice.core.analysis.DependencyGraph;
import io.programoffice.core.index.IssueCursor;
import io.programoffice.core.index.LinkRecord;
import io.programoffice.core.index.ProgramIndex;
import io.programoffice.core.index.ProgramMembership;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.program.StatusCategory;
import io.programoffice.core.scheme.DependencyLinkType;
import io.programoffice.core.scheme.LinkEnd;
import io.programoffice.core.scheme.ProgramScheme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.LongFunction;

/**
 * One viewer's dependency graph of a program, ready for {@link io.programoffice.core.analysis.DependencyAnalysis}:
 * the links between two program issues the viewer may see whose type the program's scheme maps, each once, with the
 * scheme's kind and dependent end, the dependency's own lag (else the scheme's) and needed-by date. Its issues are
 * those with at least one such dependency; each carries its remaining working days (the scheme's
 * {@link io.programoffice.core.scheme.DurationRule} over its estimate; none when done by the scheme's done rule), due
 * date and earliest fix version release date. Scheduling starts on {@code start} (today: remaining work).
 * Two scans of the index (the program's visible issues by id, then the data of those with a dependency) plus one
 * link list per program issue; an object only per issue with a dependency.
 */
public final class ProgramDependencyGraph {
    private ProgramDependencyGraph() {
    }

    /**
     * @param index       the node's program index
     * @param membership  the program's issues
     * @param viewer      what the caller may see
     * @param scheme      the program's scheme
     * @param metadata    the plugin's metadata of a link, if any (lag override, needed-by)
     * @param releaseDate the release date of a fix version by project key and version name, or null
     * @param start       the first day remaining work can be scheduled on
     */
    public static DependencyGraph build(ProgramIndex index, ProgramMembership membership, VisibilityFilter viewer,
                                        ProgramScheme scheme, LongFunction<Optional<DependencyRecord>> metadata,
                                        BiFunction<String, String, LocalDate> releaseDate, LocalDate start) {
        Map<String, DependencyLinkType> mapped = new HashMap<>();
        for (DependencyLinkType type : scheme.dependencyLinkTypes()) {
            mapped.put(type.linkType().toLowerCase(Locale.ROOT), type);
        }
        // the program's issues the viewer may see, by id (no object per issue: most have no dependency)
        MemberIds collected = new MemberIds();
        index.forEach(viewer, c -> {
            if (membership.contains(c)) {
                collected.add(c.id());
            }
        });
        long[] ids = collected.sorted();
        // the dependencies between them, each once from its source, in id order; their ends are the graph's issues
        List<long[]> ends = new ArrayList<>();
        List<LinkRecord> links = new ArrayList<>();
        List<DependencyLinkType> types = new ArrayList<>();
        for (long id : ids) {
            for (LinkRecord link : index.links(id)) {
                DependencyLinkType type = mapped.get(link.linkType().toLowerCase(Locale.ROOT));
                if (link.direction() != LinkRecord.Direction.OUTWARD || type == null
                        || Arrays.binarySearch(ids, link.otherIssueId()) < 0) {
                    continue; // each link once, from its source; only mapped links between visible members
                }
                boolean destinationWaits = type.dependentEnd() == LinkEnd.DESTINATION;
                ends.add(destinationWaits ? new long[] {id, link.otherIssueId()} : new long[] {link.otherIssueId(), id});
                links.add(link);
                types.add(type);
            }
        }
        Map<Long, Issue> issues = new HashMap<>();
        for (long[] pair : ends) {
            issues.put(pair[0], null);
            issues.put(pair[1], null);
        }
        index.forEach(viewer, c -> {
            if (issues.containsKey(c.id())) {
                issues.put(c.id(), Issue.of(c, scheme, releaseDate));
            }
        });
        DependencyGraph.Builder graph = DependencyGraph.builder(scheme.calendar(), start);
        Map<Long, Integer> nodes = new HashMap<>();
        for (int i = 0; i < ends.size(); i++) {
            Issue upstream = issues.get(ends.get(i)[0]);
            Issue dependent = issues.get(ends.get(i)[1]);
            if (upstream == null || dependent == null) {
                continue; // removed from the index (or hidden) between the two scans
            }
            DependencyLinkType type = types.get(i);
            Optional<DependencyRecord> meta = metadata.apply(links.get(i).linkId());
            int lag = meta.map(DependencyRecord::lagDays).orElse(null) == null ? type.lagDays()
                    : meta.get().lagDays();
            graph.addDependency(node(graph, nodes, upstream), node(graph, nodes, dependent), type.kind(), lag,
                    meta.map(DependencyRecord::neededBy).orElse(null));
        }
        return graph.build();
    }

    /** A growable list of issue ids. */
    private static final class MemberIds {
        private long[] ids = new long[64];
        private int size;

        void add(long id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        long[] sorted() {
            long[] out = Arrays.copyOf(ids, size);
            Arrays.sort(out);
            return out;
        }
    }

    private static int node(DependencyGraph.Builder graph, Map<Long, Integer> nodes, Issue issue) {
        return nodes.computeIfAbsent(issue.id, id -> graph.addIssue(issue.id, issue.key, issue.project,
                issue.remaining, issue.done, issue.due, issue.release));
    }

    /** What the graph needs of one program issue. */
    private record Issue(long id, String key, String project, int remaining, boolean done, LocalDate due,
                         LocalDate release) {
        static Issue of(IssueCursor c, ProgramScheme scheme, BiFunction<String, String, LocalDate> releaseDate) {
            StatusCategory category = c.category();
            boolean done = category != null && scheme.doneStatusCategories().contains(category)
                    || scheme.doneStatuses().stream().anyMatch(s -> s.equalsIgnoreCase(c.status()));
            double estimate = c.estimate();
            double days = scheme.durations().remainingWorkingDays(Double.isNaN(estimate) ? null : estimate, done);
            int remaining = (int) Math.min(DependencyGraph.MAX_REMAINING, Math.ceil(days));
            LocalDate release = null;
            for (String version : c.fixVersions()) {
                LocalDate d = releaseDate.apply(c.projectKey(), version);
                if (d != null && (release == null || d.isBefore(release))) {
                    release = d;
                }
            }
            return new Issue(c.id(), c.key(), c.projectKey(), remaining, done, c.dueDate(), release);
        }
    }
}
