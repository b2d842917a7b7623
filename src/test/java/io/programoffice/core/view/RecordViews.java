package io.programoffice.core.view;

import io.programoffice.core.index.IssueRecord;
import io.programoffice.core.index.LinkRecord;
import io.programoffice.core.index.ProgramMembership;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.program.StatusCategory;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The obviously correct program views: the same results as {@link ProgramViews}, recomputed from a
 * {@code List<IssueRecord>} with streams and grouping collectors, record by record, string by string. The oracle of
 * the property test, and the baseline of {@code ProgramViewBenchmark}.
 */
public final class RecordViews {
    private RecordViews() {
    }

    /** One issue's place at one level: a value, no value, or a parent the viewer can't see. */
    private record Key(ViewGroup.Kind kind, String value) {
    }

    public static ProgramView view(List<IssueRecord> records, ProgramMembership program, VisibilityFilter viewer,
                                   ViewQuery query) {
        Map<Long, IssueRecord> byId = records.stream().collect(Collectors.toMap(IssueRecord::id, Function.identity()));
        List<IssueRecord> matching = records.stream().filter(r -> matches(r, program, viewer, query)).toList();
        List<ViewField> levels = query.groupBy();
        List<ViewGroup> groups = levels.isEmpty() ? List.of() : groups(matching, levels, 0, byId, viewer);
        return new ProgramView(query, rollup(matching), groups);
    }

    private static List<ViewGroup> groups(List<IssueRecord> issues, List<ViewField> levels, int level,
                                          Map<Long, IssueRecord> byId, VisibilityFilter viewer) {
        ViewField field = levels.get(level);
        Map<Key, List<IssueRecord>> grouped = issues.stream()
                .flatMap(r -> keys(field, r, byId, viewer).stream().distinct().map(k -> Map.entry(k, r)))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return grouped.entrySet().stream()
                .map(e -> new ViewGroup(field, e.getKey().kind(), e.getKey().value(), e.getKey().value(),
                        rollup(e.getValue()), level + 1 < levels.size()
                        ? groups(e.getValue(), levels, level + 1, byId, viewer) : List.of()))
                .sorted(ProgramViews.ORDER)
                .toList();
    }

    private static List<Key> keys(ViewField field, IssueRecord r, Map<Long, IssueRecord> byId,
                                  VisibilityFilter viewer) {
        return switch (field) {
            case TEAM -> List.of(of(r.team()));
            case PROJECT -> List.of(of(r.projectKey()));
            case ASSIGNEE -> List.of(of(r.assignee()));
            case STATUS_CATEGORY -> List.of(of(r.category() == null ? null : r.category().key()));
            case FIX_VERSION -> r.fixVersions().isEmpty() ? List.of(of(null))
                    : r.fixVersions().stream().map(RecordViews::of).toList();
            case EPIC -> {
                if (r.parentId() == null) {
                    yield List.of(of(null));
                }
                IssueRecord parent = byId.get(r.parentId());
                yield List.of(parent == null || !visible(parent, viewer) ? new Key(ViewGroup.Kind.HIDDEN, null)
                        : of(parent.key()));
            }
        };
    }

    private static Key of(String value) {
        return value == null ? new Key(ViewGroup.Kind.NONE, null) : new Key(ViewGroup.Kind.VALUE, value);
    }

    private static Rollup rollup(List<IssueRecord> issues) {
        int done = (int) issues.stream().filter(RecordViews::done).count();
        List<IssueRecord> estimated = issues.stream().filter(r -> r.estimate() != null).toList();
        double estimate = estimated.stream().mapToDouble(IssueRecord::estimate).sum();
        double estimateDone = estimated.stream().filter(RecordViews::done).mapToDouble(IssueRecord::estimate).sum();
        return new Rollup(issues.size(), done, estimate, estimateDone, estimated.size());
    }

    private static boolean done(IssueRecord r) {
        return r.category() == StatusCategory.DONE;
    }

    static boolean visible(IssueRecord r, VisibilityFilter viewer) {
        return viewer.canBrowseProject(r.projectKey())
                && (r.securityLevelId() == null || viewer.canSeeSecurityLevel(r.projectKey(), r.securityLevelId()));
    }

    static boolean member(IssueRecord r, ProgramMembership program, VisibilityFilter viewer) {
        return visible(r, viewer) && (program.projectKeys().contains(r.projectKey()) || program.containsJqlIssue(r.id()));
    }

    static boolean matches(IssueRecord r, ProgramMembership program, VisibilityFilter viewer, ViewQuery q) {
        if (!member(r, program, viewer)) {
            return false;
        }
        if (!q.projects().isEmpty() && !q.projects().contains(r.projectKey())
                || !q.types().isEmpty() && !q.types().contains(r.issueType())
                || !q.teams().isEmpty() && (r.team() == null || !q.teams().contains(r.team()))
                || !q.statusCategories().isEmpty() && (r.category() == null || !q.statusCategories().contains(r.category()))) {
            return false;
        }
        if (q.text() == null) {
            return true;
        }
        String t = q.text().toLowerCase(Locale.ROOT);
        return Stream.of(Stream.of(r.key(), r.issueType(), r.status(), r.assignee(), r.team()),
                        r.fixVersions().stream(), r.components().stream())
                .flatMap(s -> s)
                .anyMatch(v -> v != null && v.toLowerCase(Locale.ROOT).contains(t));
    }

    public static Page<ViewIssue> issues(List<IssueRecord> records, ProgramMembership program,
                                         VisibilityFilter viewer, ViewQuery query, PageRequest page) {
        List<IssueRecord> matching = records.stream().filter(r -> matches(r, program, viewer, query))
                .sorted(Comparator.comparing(IssueRecord::projectKey).thenComparingInt(IssueRecord::issueNumber))
                .toList();
        List<ViewIssue> values = matching.stream().skip(page.startAt()).limit(page.maxResults())
                .map(r -> new ViewIssue(r.id(), r.key(), r.projectKey(), r.issueType(), r.status(), r.category(),
                        r.assignee(), r.team(), r.fixVersions(), r.estimate()))
                .toList();
        return new Page<>(page.startAt(), page.maxResults(), matching.size(), values);
    }

    public static LinkStats links(List<IssueRecord> records, ProgramMembership program, VisibilityFilter viewer) {
        Map<Long, IssueRecord> byId = records.stream().collect(Collectors.toMap(IssueRecord::id, Function.identity()));
        Map<Long, long[]> ends = new HashMap<>(); // link id -> {source, destination}
        Map<Long, String> types = new HashMap<>();
        for (IssueRecord r : records) {
            for (LinkRecord l : r.links()) {
                boolean out = l.direction() == LinkRecord.Direction.OUTWARD;
                ends.put(l.linkId(), new long[] {out ? r.id() : l.otherIssueId(), out ? l.otherIssueId() : r.id()});
                types.put(l.linkId(), l.linkType());
            }
        }
        List<Long> counted = ends.keySet().stream().filter(id -> {
            IssueRecord a = byId.get(ends.get(id)[0]);
            IssueRecord b = byId.get(ends.get(id)[1]);
            return a != null && b != null && member(a, program, viewer) && member(b, program, viewer);
        }).toList();
        int cross = (int) counted.stream()
                .filter(id -> !byId.get(ends.get(id)[0]).projectKey().equals(byId.get(ends.get(id)[1]).projectKey()))
                .count();
        Map<String, Integer> byType = counted.stream()
                .collect(Collectors.groupingBy(types::get, Collectors.summingInt(id -> 1)));
        return new LinkStats(counted.size(), cross, byType);
    }
}
