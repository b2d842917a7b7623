package io.programoffice.core.index;

import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramScope;
import io.programoffice.core.program.StatusCategory;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.scheme.SchemeStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Test doubles for the index maintenance: an issue source over a map, program and scheme stores, a clock. */
final class IndexFakes {
    private IndexFakes() {
    }

    /** A story with a status, updated at {@code updated} (epoch millis). */
    static IssueRecord story(long id, String key, String status, long updated, LinkRecord... links) {
        String project = key.substring(0, key.indexOf('-'));
        StatusCategory category = "Done".equals(status) ? StatusCategory.DONE
                : "To Do".equals(status) ? StatusCategory.NEW : StatusCategory.INDETERMINATE;
        return new IssueRecord(id, key, project, "Story", status, category, null, 1_000L, updated, List.of(),
                List.of(), null, null, null, null, null, List.of(links));
    }

    static Program program(String key, List<String> projects, String jql) {
        return new Program(key, key + " program", "", List.of(), List.of(), 0, new ProgramScope(projects, jql), false,
                1);
    }

    /** Issues of a map, searched as the Jira adapter searches: by scope, paged by id. Counts the calls. */
    static final class Source implements IndexSource {
        final TreeMap<Long, IssueRecord> issues = new TreeMap<>();
        /** What each program JQL matches. */
        final Map<String, Predicate<IssueRecord>> jql = new HashMap<>();
        /** Runs before each page is read (to send events in the middle of a build). */
        Runnable beforePage = () -> { };
        int pageCalls;
        RuntimeException failure;

        void put(IssueRecord... records) {
            for (IssueRecord r : records) {
                issues.put(r.id(), r);
            }
        }

        boolean inScope(IndexScope scope, IssueRecord r) {
            return scope.projectKeys().contains(r.projectKey())
                    || scope.jqls().stream().anyMatch(q -> jql.getOrDefault(q, x -> false).test(r));
        }

        @Override
        public long count(IndexScope scope) {
            return issues.values().stream().filter(r -> inScope(scope, r)).count();
        }

        @Override
        public List<IssueRecord> page(IndexScope scope, Instant updatedSince, long afterId, int max) {
            beforePage.run();
            pageCalls++;
            if (failure != null) {
                throw failure;
            }
            List<IssueRecord> out = new ArrayList<>();
            for (IssueRecord r : issues.tailMap(afterId, false).values()) {
                if (out.size() == max) {
                    break;
                }
                if (inScope(scope, r) && (updatedSince == null || r.updatedMillis() >= updatedSince.toEpochMilli())) {
                    out.add(r);
                }
            }
            return out;
        }

        @Override
        public List<IssueRecord> issues(IndexScope scope, long[] ids) {
            List<IssueRecord> out = new ArrayList<>();
            for (long id : ids) {
                if (issues.containsKey(id)) {
                    out.add(issues.get(id));
                }
            }
            return out;
        }

        @Override
        public Set<Long> inScope(IndexScope scope, long[] ids) {
            Set<Long> out = new java.util.HashSet<>();
            for (long id : ids) {
                IssueRecord r = issues.get(id);
                if (r != null && inScope(scope, r)) {
                    out.add(id);
                }
            }
            return out;
        }

        @Override
        public long[] matching(String query) {
            if (query.contains("nosuchfield")) {
                throw new IllegalArgumentException("Field 'nosuchfield' does not exist");
            }
            Predicate<IssueRecord> p = jql.getOrDefault(query, x -> false);
            return issues.values().stream().filter(p).mapToLong(IssueRecord::id).toArray();
        }
    }

    static final class Schemes implements SchemeStore {
        final Map<Long, ProgramScheme> schemes = new HashMap<>();

        @Override
        public Page<ProgramScheme> list(PageRequest request) {
            return new Page<>(0, request.maxResults(), schemes.size(), List.copyOf(schemes.values()));
        }

        @Override
        public Optional<ProgramScheme> find(long id) {
            return Optional.ofNullable(schemes.get(id));
        }

        @Override
        public Optional<ProgramScheme> findByName(String name) {
            return Optional.empty();
        }

        @Override
        public ProgramScheme create(ProgramScheme scheme) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ProgramScheme update(ProgramScheme scheme, int expectedVersion) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(long id, int expectedVersion) {
            throw new UnsupportedOperationException();
        }
    }

    /** A clock that moves only when told. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-11-26T10:00:00Z");

        void advanceMinutes(long minutes) {
            now = now.plusSeconds(60 * minutes);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
