package io.programoffice.core.milestone;

import io.programoffice.core.index.IssueCursor;
import io.programoffice.core.index.ProgramIndex;
import io.programoffice.core.index.ProgramMembership;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.scheme.ProgramScheme;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * The program's issues a viewer may browse, as milestone reports read them, from one scan of the program index:
 * each issue's team (the index's team, else its project), whether the program's scheme counts its status as done, its
 * estimate, resolution day and fix versions. Immutable.
 */
public final class ProgramIssues {
    private final Map<String, MilestoneIssue> byKey;
    private final Map<Long, String> keyOfId;
    private final Map<String, Long> idOfKey = new HashMap<>();
    private final Map<String, List<String>> fixVersions;
    private final Map<String, LocalDate> created;
    private final LocalDate start;

    private ProgramIssues(Map<String, MilestoneIssue> byKey, Map<Long, String> keyOfId,
                          Map<String, List<String>> fixVersions, Map<String, LocalDate> created, LocalDate start) {
        this.byKey = Collections.unmodifiableMap(byKey);
        this.keyOfId = keyOfId;
        keyOfId.forEach((id, key) -> idOfKey.put(key, id));
        this.fixVersions = fixVersions;
        this.created = created;
        this.start = start;
    }

    /** The program's issues {@code viewer} may browse; done as {@code scheme} says. */
    public static ProgramIssues of(ProgramIndex index, ProgramMembership membership, VisibilityFilter viewer,
                                   ProgramScheme scheme) {
        Map<String, MilestoneIssue> byKey = new LinkedHashMap<>();
        Map<Long, String> keyOfId = new LinkedHashMap<>();
        Map<String, List<String>> versions = new HashMap<>();
        Map<String, LocalDate> created = new HashMap<>();
        long[] earliest = {Long.MAX_VALUE};
        index.forEach(viewer, c -> {
            if (!membership.contains(c)) {
                return;
            }
            String team = c.team() == null || c.team().isBlank() ? c.projectKey() : c.team();
            double e = c.estimate();
            byKey.put(c.key(), new MilestoneIssue(c.key(), team, done(c, scheme), Double.isNaN(e) ? null : e,
                    c.resolutionDate()));
            keyOfId.put(c.id(), c.key());
            if (!c.fixVersions().isEmpty()) {
                versions.put(c.key(), c.fixVersions());
            }
            created.put(c.key(), day(c.createdMillis()));
            earliest[0] = Math.min(earliest[0], c.createdMillis());
        });
        LocalDate start = earliest[0] == Long.MAX_VALUE ? null : day(earliest[0]);
        return new ProgramIssues(byKey, keyOfId, versions, created, start);
    }

    private static LocalDate day(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** The day the issue was created (UTC), or null for a key not among these. */
    public LocalDate created(String key) {
        return created.get(key);
    }

    /** Whether the issue under the cursor is done as {@code scheme} says. */
    public static boolean done(IssueCursor c, ProgramScheme scheme) {
        return c.category() != null && scheme.doneStatusCategories().contains(c.category())
                || scheme.doneStatuses().stream().anyMatch(s -> s.equalsIgnoreCase(c.status()));
    }

    /** The issues by key, in index order. */
    public Map<String, MilestoneIssue> byKey() {
        return byKey;
    }

    /** The Jira id of one of these issues by key, or empty when it is not among them. */
    public Optional<Long> idOf(String key) {
        return Optional.ofNullable(idOfKey.get(key));
    }

    /** Whether the issue of this id is among these (the program's issues the viewer may browse). */
    public boolean containsId(long id) {
        return keyOfId.containsKey(id);
    }

    /** The day the earliest of them was created (UTC), or empty without issues. */
    public Optional<LocalDate> start() {
        return Optional.ofNullable(start);
    }

    /**
     * The issues of the milestone's scope among these: those with the fix version (exactly, as Jira names it),
     * those whose ids {@code jqlMatches} accepts (JQL scopes; the caller runs the query), or those listed (in the
     * list's order; keys not among these are left out).
     */
    public List<MilestoneIssue> inScope(MilestoneScope scope, LongPredicate jqlMatches) {
        List<MilestoneIssue> out = new ArrayList<>();
        switch (scope.kind()) {
            case FIX_VERSION -> byKey.forEach((key, issue) -> {
                if (fixVersions.getOrDefault(key, List.of()).contains(scope.text())) {
                    out.add(issue);
                }
            });
            case JQL -> keyOfId.forEach((id, key) -> {
                if (jqlMatches.test(id)) {
                    out.add(byKey.get(key));
                }
            });
            case ISSUES -> scope.issueKeys().forEach(k -> {
                MilestoneIssue i = byKey.get(k);
                if (i != null) {
                    out.add(i);
                }
            });
            default -> throw new IllegalStateException(scope.kind().toString());
        }
        return out;
    }
}
