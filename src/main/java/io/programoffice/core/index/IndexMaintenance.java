package io.programoffice.core.index;

import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.program.Program;
import io.programoffice.core.program.ProgramStore;
import io.programoffice.core.scheme.ProgramScheme;
import io.programoffice.core.scheme.SchemeStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps one node's {@link ProgramIndex} current: builds it from an {@link IndexSource} page by page, applies issue
 * and link events, and reconciles it with the source (DESIGN.md, "Program index and Data Center": events fire only
 * on the node where the change happened, so each node repairs what it missed).
 *
 * <h2>Build</h2>
 * {@link #rebuild()} reads the scope ({@link IndexScope} of all stored programs) in pages of
 * {@value IndexSource#PAGE_SIZE} issues by ascending id, with progress (done of expected) in {@link #status()}.
 * Reads keep seeing the previous index until the new one is complete. Events that arrive during the build are
 * applied to the live index and journaled; before the swap the journal is replayed onto the new index (an issue
 * record older than the one the build read is skipped), so no event is lost.
 *
 * <h2>Events</h2>
 * {@link #issueChanged} upserts an issue in scope and removes one that is not (moved to a project no program
 * holds); {@link #issueDeleted}, {@link #linkCreated} and {@link #linkDeleted} do what they say. An issue outside
 * every program's projects counts as in scope when a program's JQL matched it at the last evaluation; an issue that
 * starts matching a JQL joins at the next reconcile. O(1) expected each (see {@link ProgramIndex}).
 *
 * <h2>Reconcile</h2>
 * {@link #reconcile()}, run periodically on every node: re-evaluates program JQL (loading matched issues the index
 * lacks), loads projects newly in some program's scope, re-reads issues updated since the last sync minus a safety
 * margin and upserts those that differ, then asks the source which indexed ids still exist in scope (in pages) and
 * removes the rest, which also drops projects no longer in any scope. Changes that events had missed count as
 * repairs. When the estimate or team source changes, it rebuilds instead. Cost: one search per
 * {@value IndexSource#PAGE_SIZE} indexed issues plus one per page of updated issues and per program JQL.
 *
 * <p>A program JQL the source refuses is left out of the scope (its program keeps its projects) and named in
 * {@link IndexStatus#failure()} while the index is otherwise READY, so one broken filter does not stop the index of
 * every other program.
 *
 * <p>Thread-safe: events may come from any thread; one build or reconcile runs at a time (a second call while one
 * runs returns {@code false} at once).
 */
public final class IndexMaintenance implements ProgramIndexAccess {
    /** How far before the last sync a reconcile looks for updated issues, for clocks and commits that lag. */
    public static final Duration DEFAULT_SAFETY_MARGIN = Duration.ofMinutes(2);

    private final IndexSource source;
    private final ProgramStore programs;
    private final SchemeStore schemes;
    private final Clock clock;
    private final String node;
    private final Duration safetyMargin;

    /** One build or reconcile at a time (not reentrant: a call from inside a running one is refused too). */
    private final AtomicBoolean running = new AtomicBoolean();
    /** Orders events, the journal and the swap. */
    private final Object events = new Object();

    private volatile ProgramIndex current = ProgramIndex.empty();
    private volatile IndexScope scope = IndexScope.EMPTY;
    private volatile Map<String, long[]> jqlMatches = Map.of();
    private volatile Set<Long> jqlMembers = Set.of();
    /** Memberships built from the current JQL matches (building one copies and sorts the JQL ids); swapped with them. */
    private volatile Map<MembershipKey, ProgramMembership> memberships = new java.util.concurrent.ConcurrentHashMap<>();
    /** Events seen during a build, replayed onto the new index; null when no build runs. Guarded by events. */
    private List<Event> journal;

    private volatile IndexStatus.State state = IndexStatus.State.EMPTY;
    private volatile long progressDone;
    private volatile long progressTotal;
    private volatile Instant lastBuild;
    private volatile long lastBuildMillis;
    private volatile Instant lastEvent;
    private volatile Instant lastReconcile;
    private volatile int lastRepairs;
    private volatile String failure;
    /** Program JQL the source refused at the last evaluation, or null. */
    private volatile String jqlProblems;
    private volatile Set<String> refusedJqls = Set.of();
    /** Where the next reconcile starts looking for updated issues; null before the first build. */
    private volatile Instant lastSync;
    private volatile Runnable scopeChanged = () -> { };

    /**
     * @param source       where issues come from
     * @param programs     the stored programs (their projects and JQL are the scope)
     * @param schemes      the stored schemes (estimate and team sources)
     * @param clock        time of builds, events and reconciles
     * @param node         this node's id, shown in the status
     * @param safetyMargin how far before the last sync a reconcile looks
     */
    public IndexMaintenance(IndexSource source, ProgramStore programs, SchemeStore schemes, Clock clock, String node,
                            Duration safetyMargin) {
        this.source = Objects.requireNonNull(source, "source");
        this.programs = Objects.requireNonNull(programs, "programs");
        this.schemes = Objects.requireNonNull(schemes, "schemes");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.node = Objects.requireNonNull(node, "node");
        if (safetyMargin.isNegative()) {
            throw new IllegalArgumentException("safety margin must not be negative: " + safetyMargin);
        }
        this.safetyMargin = safetyMargin;
    }

    /** Called (on the reading thread) when a reader asks for a program the index does not cover yet. */
    public void onScopeChanged(Runnable action) {
        this.scopeChanged = Objects.requireNonNull(action, "action");
    }

    // ------------------------------------------------------------------------------------------- reads

    @Override
    public ProgramIndex index() {
        return current;
    }

    @Override
    public ProgramMembership membership(Program program) {
        Set<String> projects = Set.copyOf(program.projectKeys());
        String jql = program.scope().jql() == null || program.scope().jql().isBlank() ? null
                : program.scope().jql().strip();
        Map<MembershipKey, ProgramMembership> cache = memberships;
        long[] matched = jql == null ? null : jqlMatches.get(jql);
        if (state != IndexStatus.State.BUILDING && lastSync != null
                && (!scope.projectKeys().containsAll(projects)
                        || jql != null && matched == null && !refusedJqls.contains(jql))) {
            scopeChanged.run();
        }
        return cache.computeIfAbsent(new MembershipKey(projects, jql),
                k -> ProgramMembership.of(projects, matched));
    }

    private record MembershipKey(Set<String> projects, String jql) {
    }

    @Override
    public IndexStatus status() {
        ProgramIndex index = current;
        return new IndexStatus(node, state, index.size(), index.linkCount(), index.retainedBytesEstimate(),
                state == IndexStatus.State.BUILDING ? progressDone : 0,
                state == IndexStatus.State.BUILDING ? progressTotal : 0,
                lastBuild, lastBuildMillis, lastEvent, lastReconcile, lastRepairs, failure);
    }

    /** The scope the index was last built or reconciled for (estimate and team sources, conflicting programs). */
    public IndexScope scope() {
        return scope;
    }

    // ------------------------------------------------------------------------------------------- events

    /** An issue was created, edited, transitioned or moved: its record as it is now. */
    public void issueChanged(IssueRecord record) {
        apply(new Changed(Objects.requireNonNull(record, "record")));
    }

    /** An issue was deleted. */
    public void issueDeleted(long issueId) {
        apply(new Deleted(issueId));
    }

    /** A link was created; {@code link} as issue {@code issueId} sees it. */
    public void linkCreated(long issueId, LinkRecord link) {
        apply(new LinkAdded(issueId, Objects.requireNonNull(link, "link")));
    }

    /** A link was deleted. */
    public void linkDeleted(long linkId) {
        apply(new LinkRemoved(linkId));
    }

    private void apply(Event event) {
        synchronized (events) {
            event.applyTo(current, this, false);
            if (journal != null) {
                journal.add(event);
            }
            lastEvent = clock.instant();
        }
    }

    private boolean inScope(IssueRecord record) {
        return scope.projectKeys().contains(record.projectKey()) || jqlMembers.contains(record.id());
    }

    // ------------------------------------------------------------------------------------------- build

    /**
     * Builds a fresh index of the current scope and swaps it in; blocks until done. Reads see the previous index
     * meanwhile.
     *
     * @return false when a build or reconcile was already running (nothing done)
     */
    public boolean rebuild() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        try {
            build();
            return true;
        } finally {
            running.set(false);
        }
    }

    private void build() {
        Instant started = clock.instant();
        progressDone = 0;
        progressTotal = 0;
        state = IndexStatus.State.BUILDING;
        try {
            IndexScope wanted = readScope();
            Map<String, long[]> matches = evaluate(wanted);
            IndexScope newScope = usable(wanted, matches);
            synchronized (events) {
                journal = new ArrayList<>();
                useScope(newScope, matches);
            }
            progressTotal = Math.max(0, source.count(newScope));
            ProgramIndex fresh = newScope.isEmpty() ? ProgramIndex.empty()
                    : ProgramIndex.build(() -> new Pages(newScope, null, record -> progressDone++));
            loadJqlMatches(fresh, newScope, matches);
            synchronized (events) {
                for (Event e : journal) {
                    e.applyTo(fresh, this, true);
                }
                journal = null;
                current = fresh;
            }
            lastSync = started;
            lastBuild = clock.instant();
            lastBuildMillis = Math.max(0, Duration.between(started, lastBuild).toMillis());
            failure = jqlProblems;
            state = IndexStatus.State.READY;
        } catch (RuntimeException e) {
            synchronized (events) {
                journal = null;
            }
            failure = describe(e);
            state = IndexStatus.State.FAILED;
        }
    }

    // ------------------------------------------------------------------------------------------- reconcile

    /**
     * Repairs the index from the source (see the class comment); builds it when it was never built or the
     * estimate or team source changed.
     *
     * @return false when a build or reconcile was already running (nothing done)
     */
    public boolean reconcile() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        try {
            if (lastSync == null) {
                build();
                return true;
            }
            Instant started = clock.instant();
            try {
                IndexScope newScope = readScope();
                if (!newScope.sameFields(scope)) {
                    build();
                    return true;
                }
                IndexScope oldScope = scope;
                Map<String, long[]> matches = evaluate(newScope);
                newScope = usable(newScope, matches);
                synchronized (events) {
                    useScope(newScope, matches);
                }
                int repairs = 0;
                Set<String> added = new HashSet<>(newScope.projectKeys());
                added.removeAll(oldScope.projectKeys());
                if (!added.isEmpty()) {
                    for (IssueRecord r : iterable(newScope.onlyProjects(added), null)) {
                        upsertIfNewer(r);
                    }
                }
                loadJqlMatches(current, newScope, matches);
                Instant since = lastSync.minus(safetyMargin);
                for (IssueRecord r : iterable(newScope, since)) {
                    if (upsertIfNewer(r)) {
                        repairs++;
                    }
                }
                repairs += removeGone(newScope, oldScope);
                lastSync = started;
                lastRepairs = repairs;
                lastReconcile = clock.instant();
                failure = jqlProblems;
                if (state == IndexStatus.State.FAILED) {
                    state = IndexStatus.State.READY;
                }
            } catch (RuntimeException e) {
                failure = describe(e);
            }
            return true;
        } finally {
            running.set(false);
        }
    }

    /** Upserts when the source's record differs from the index's and is not older; whether it did. */
    private boolean upsertIfNewer(IssueRecord record) {
        synchronized (events) {
            Optional<IssueRecord> held = current.get(record.id());
            if (held.isPresent() && (held.get().equals(record)
                    || held.get().updatedMillis() > record.updatedMillis())) {
                return false;
            }
            current.upsert(record);
            if (journal != null) {
                journal.add(new Changed(record));
            }
            return true;
        }
    }

    /** Removes indexed issues the source no longer has in scope; counts those of projects still in scope. */
    private int removeGone(IndexScope newScope, IndexScope oldScope) {
        long[] ids = indexedIds(current);
        int repairs = 0;
        for (int from = 0; from < ids.length; from += IndexSource.PAGE_SIZE) {
            long[] batch = Arrays.copyOfRange(ids, from, Math.min(ids.length, from + IndexSource.PAGE_SIZE));
            Set<Long> kept = source.inScope(newScope, batch);
            for (long id : batch) {
                if (!kept.contains(id)) {
                    synchronized (events) {
                        Optional<IssueRecord> held = current.get(id);
                        boolean scopeDropped = held.isPresent()
                                && oldScope.projectKeys().contains(held.get().projectKey())
                                && !newScope.projectKeys().contains(held.get().projectKey());
                        if (current.remove(id)) {
                            if (journal != null) {
                                journal.add(new Deleted(id));
                            }
                            if (!scopeDropped) {
                                repairs++;
                            }
                        }
                    }
                }
            }
        }
        return repairs;
    }

    private static long[] indexedIds(ProgramIndex index) {
        long[][] holder = {new long[Math.max(16, index.size())]};
        int[] n = {0};
        index.forEach(VisibilityFilter.everything(), issue -> {
            if (n[0] == holder[0].length) {
                holder[0] = Arrays.copyOf(holder[0], n[0] * 2);
            }
            holder[0][n[0]++] = issue.id();
        });
        return Arrays.copyOf(holder[0], n[0]);
    }

    // ------------------------------------------------------------------------------------------- scope

    private IndexScope readScope() {
        List<Program> all = new ArrayList<>();
        for (int start = 0; ; start += PageRequest.MAX_RESULTS_CAP) {
            Page<Program> page = programs.list(new PageRequest(start, PageRequest.MAX_RESULTS_CAP));
            all.addAll(page.values());
            if (page.values().isEmpty() || start + page.values().size() >= page.total()) {
                break;
            }
        }
        Map<Long, ProgramScheme> byId = new HashMap<>();
        return IndexScope.of(all, id -> byId.computeIfAbsent(id, k -> schemes.find(k).orElse(null)));
    }

    /**
     * Runs each program JQL; one the source refuses (a deleted field, a typo) is left out of the scope (its program
     * holds its projects only) and named in the status, so it does not stop the index of every other program.
     */
    private Map<String, long[]> evaluate(IndexScope newScope) {
        Map<String, long[]> matches = new HashMap<>();
        List<String> refused = new ArrayList<>();
        for (String jql : newScope.jqls()) {
            try {
                long[] ids = source.matching(jql).clone();
                Arrays.sort(ids);
                matches.put(jql, ids);
            } catch (RuntimeException e) {
                refused.add("program JQL [" + jql + "] left out: " + describe(e));
            }
        }
        jqlProblems = refused.isEmpty() ? null : String.join("; ", refused);
        refusedJqls = newScope.jqls().stream().filter(q -> !matches.containsKey(q))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        return Map.copyOf(matches);
    }

    /** The scope without the JQL filters the source refused. */
    private static IndexScope usable(IndexScope s, Map<String, long[]> matches) {
        List<String> jqls = s.jqls().stream().filter(matches::containsKey).toList();
        return jqls.size() == s.jqls().size() ? s
                : new IndexScope(s.projectKeys(), jqls, s.estimate(), s.team(), s.otherSourcePrograms());
    }

    /** Guarded by events. */
    private void useScope(IndexScope newScope, Map<String, long[]> matches) {
        Set<Long> members = new HashSet<>();
        for (long[] ids : matches.values()) {
            for (long id : ids) {
                members.add(id);
            }
        }
        scope = newScope;
        jqlMembers = Set.copyOf(members);
        // readers take the cache before the matches: the new matches first, then a new cache, so a new cache never
        // receives a membership of old matches
        jqlMatches = matches;
        memberships = new java.util.concurrent.ConcurrentHashMap<>();
    }

    /** Loads JQL-matched issues the index lacks (outside the programs' projects). */
    private void loadJqlMatches(ProgramIndex index, IndexScope newScope, Map<String, long[]> matches) {
        long[] missing = matches.values().stream().flatMapToLong(Arrays::stream).distinct()
                .filter(id -> !index.contains(id)).sorted().toArray();
        for (int from = 0; from < missing.length; from += IndexSource.PAGE_SIZE) {
            long[] batch = Arrays.copyOfRange(missing, from, Math.min(missing.length, from + IndexSource.PAGE_SIZE));
            for (IssueRecord r : source.issues(newScope, batch)) {
                if (index == current) {
                    upsertIfNewer(r);
                } else {
                    index.upsert(r);
                    progressDone++;
                }
            }
        }
    }

    private Iterable<IssueRecord> iterable(IndexScope s, Instant since) {
        return () -> new Pages(s, since, record -> { });
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** Reads the source a page at a time, by ascending id. */
    private final class Pages implements Iterator<IssueRecord> {
        private final IndexScope pageScope;
        private final Instant since;
        private final java.util.function.Consumer<IssueRecord> seen;
        private List<IssueRecord> page = List.of();
        private int next;
        private long lastId;
        private boolean exhausted;

        Pages(IndexScope pageScope, Instant since, java.util.function.Consumer<IssueRecord> seen) {
            this.pageScope = pageScope;
            this.since = since;
            this.seen = seen;
        }

        @Override
        public boolean hasNext() {
            if (next < page.size()) {
                return true;
            }
            if (exhausted) {
                return false;
            }
            page = source.page(pageScope, since, lastId, IndexSource.PAGE_SIZE);
            next = 0;
            exhausted = page.size() < IndexSource.PAGE_SIZE;
            if (!page.isEmpty()) {
                long last = page.get(page.size() - 1).id();
                if (last <= lastId) {
                    throw new IllegalStateException("the issue source did not page by ascending id: " + last
                            + " after " + lastId);
                }
                lastId = last;
            }
            return !page.isEmpty();
        }

        @Override
        public IssueRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            IssueRecord r = page.get(next++);
            seen.accept(r);
            return r;
        }
    }

    // ------------------------------------------------------------------------------------------- events

    /** One change to apply; {@code replay} when applied from the journal onto a freshly built index. */
    private sealed interface Event {
        void applyTo(ProgramIndex index, IndexMaintenance maintenance, boolean replay);
    }

    private record Changed(IssueRecord record) implements Event {
        @Override
        public void applyTo(ProgramIndex index, IndexMaintenance m, boolean replay) {
            if (!m.inScope(record)) {
                index.remove(record.id());
                return;
            }
            if (replay) {
                Optional<IssueRecord> built = index.get(record.id());
                if (built.isPresent() && built.get().updatedMillis() > record.updatedMillis()) {
                    return;
                }
            }
            index.upsert(record);
        }
    }

    private record Deleted(long issueId) implements Event {
        @Override
        public void applyTo(ProgramIndex index, IndexMaintenance m, boolean replay) {
            index.remove(issueId);
        }
    }

    private record LinkAdded(long issueId, LinkRecord link) implements Event {
        @Override
        public void applyTo(ProgramIndex index, IndexMaintenance m, boolean replay) {
            index.addLink(issueId, link);
        }
    }

    private record LinkRemoved(long linkId) implements Event {
        @Override
        public void applyTo(ProgramIndex index, IndexMaintenance m, boolean replay) {
            index.removeLink(linkId);
        }
    }
}
