package io.programoffice.core.index;

import io.programoffice.core.program.StatusCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The per-node, in-memory program index: every issue programs need, with its fields and links, held compactly and
 * kept current by events, read through a viewer's {@link VisibilityFilter} (the index itself is
 * permission-agnostic).
 *
 * <h2>Layout</h2>
 * <ul>
 *   <li><b>Issues</b> are rows of primitive columns ({@code ids}, {@code project}, …). String fields are
 *       dictionary-coded ({@link IndexedField}): a row holds {@code int} codes, never a {@code String}. The key is
 *       the project code plus the issue number; fix versions and components are one code per distinct list; the
 *       resolution date is an epoch day; absent values are sentinels (0 ids, -1 codes, NaN estimate).</li>
 *   <li><b>Links</b> are rows of their own columns (link id, source id, destination id, type code) threaded, like
 *       a forward-star graph, on two doubly linked lists: the source's and the destination's. An issue row holds the
 *       head of its list, so adding or removing a link touches a constant number of slots and keeps both ends
 *       consistent. An end outside the index (an <em>external</em> end) keeps its list head in a small side map, so
 *       the link joins the issue when it arrives.</li>
 *   <li>Columns are paged ({@link Columns}: 4,096 elements a page), so no array is a G1 humongous object (G1 rounds
 *       those up to whole regions: +45% heap for this index with 1 MB regions) and growth adds a page without
 *       copying.</li>
 *   <li>Issue id → row and link id → row are open-addressing tables that store only rows (4 bytes a slot); the key
 *       is read from the id column, nothing is boxed.</li>
 *   <li>Removed rows are tombstones (id 0) on a free list that the next new issue or link reuses; when more than a
 *       quarter of the rows (and at least {@value #COMPACT_MIN_DEAD}) are dead, the event that removed the last
 *       one {@link #compact() compacts}.</li>
 * </ul>
 * About 236 bytes per issue with 2.5 links each (100,000 issues, 250,000 links: 23.6 MB, the same on the heap as
 * {@link #retainedBytesEstimate()} computes from the arrays held, within 2%; {@code ProgramIndexFootprint}).
 *
 * <h2>Cost</h2>
 * {@link #build} is O(issues + links). Each event ({@link #upsert}, {@link #remove}, {@link #addLink},
 * {@link #removeLink}) is O(1) expected and amortised for its own fields, plus O(1) per link it adds or removes and
 * O(log k) per link of the upserted issue with k links; it allocates nothing unless a column must grow or a
 * dictionary meets a new value. Growing a column adds a 4,096-element page; a hash table doubling and a
 * compaction are O(n), amortised over the events that caused them. Scans and counts are O(rows) with the filter
 * asked once per project and (project, level) pair. Views that group and sum read the columns directly through
 * {@link #scan} ({@link IndexRows}: codes, no cursor, no allocation per issue).
 *
 * <h2>Semantics</h2>
 * A link exists once, whichever of its issues listed it. {@link #build} takes the union of the records' links
 * (a link listed by both ends must agree). {@link #upsert} makes the issue's links exactly the record's: links of
 * the issue it no longer lists are removed at both ends. {@link #remove} deletes the issue and its links, as Jira
 * deletes an issue's links with it. A link is kept only while at least one end is in the index.
 *
 * <h2>Thread-safety</h2>
 * Safe for many readers and writers: events take a write lock, reads a read lock (a
 * {@link ReentrantReadWriteLock}, non-fair), so every read sees the state between two whole events. The price: an
 * uncontended lock acquisition per call (tens of nanoseconds), events wait for running scans (about a millisecond
 * for 100,000 issues), and callbacks ({@link VisibilityFilter}, {@link #forEach} actions) run under the read lock:
 * they may read the index but must not change it (a write from a callback would deadlock).
 */
public final class ProgramIndex {
    /** Fewest dead rows worth compacting. */
    static final int COMPACT_MIN_DEAD = 1024;

    private static final int NO_DAY = Integer.MIN_VALUE;
    /** A link end not on its issue's list yet (only while building). */
    private static final int UNATTACHED = -2;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Lock read = lock.readLock();
    private final Lock write = lock.writeLock();

    private final StringDictionary projects = new StringDictionary();
    private final StringDictionary types = new StringDictionary();
    private final StringDictionary statuses = new StringDictionary();
    private final StringDictionary assignees = new StringDictionary();
    private final StringDictionary teams = new StringDictionary();
    private final StringDictionary linkTypes = new StringDictionary();
    private final ListDictionary versions = new ListDictionary();
    private final ListDictionary componentLists = new ListDictionary();
    private final LongIntMap levelCodes = new LongIntMap(8);
    private long[] levelIds = new long[8];
    private int levelCount;

    // issue rows; a dead row has id 0 and its head slot links the free list
    private final Columns.Longs ids = new Columns.Longs();
    private final Columns.Ints project = new Columns.Ints();
    private final Columns.Ints number = new Columns.Ints();
    private final Columns.Ints type = new Columns.Ints();
    private final Columns.Ints status = new Columns.Ints();
    private final Columns.Bytes category = new Columns.Bytes(); // 0 undefined, else StatusCategory ordinal + 1
    private final Columns.Ints resolvedDay = new Columns.Ints();
    private final Columns.Ints dueDay = new Columns.Ints();
    private final Columns.Longs created = new Columns.Longs();
    private final Columns.Longs updated = new Columns.Longs();
    private final Columns.Ints fixVersions = new Columns.Ints();
    private final Columns.Ints components = new Columns.Ints();
    private final Columns.Ints assignee = new Columns.Ints();
    private final Columns.Longs parent = new Columns.Longs();
    private final Columns.Doubles estimate = new Columns.Doubles();
    private final Columns.Ints team = new Columns.Ints();
    private final Columns.Ints level = new Columns.Ints();
    private final Columns.Ints head = new Columns.Ints(); // first link row of the issue's list, -1 none
    /** Risk values of the risk issues by issue id: a few percent of the issues, so a map, not a column. */
    private final HashMap<Long, RiskValues> risks = new HashMap<>();
    private int rowCapacity;
    private int rowLimit;
    private int liveRows;
    private int deadRows;
    private int freeRow = -1;
    private final RowHashIndex rowById;

    // link rows; a dead row has link id 0 and its nextSrc slot links the free list
    private final Columns.Longs linkId = new Columns.Longs();
    private final Columns.Longs linkSrc = new Columns.Longs();
    private final Columns.Longs linkDst = new Columns.Longs();
    private final Columns.Ints linkType = new Columns.Ints();
    private final Columns.Ints nextSrc = new Columns.Ints();
    private final Columns.Ints prevSrc = new Columns.Ints();
    private final Columns.Ints nextDst = new Columns.Ints();
    private final Columns.Ints prevDst = new Columns.Ints();
    private int linkCapacity;
    private int linkLimit;
    private int liveLinks;
    private int deadLinks;
    private int freeLink = -1;
    private final RowHashIndex linkById;
    private final LongIntMap externalHeads = new LongIntMap(16);
    /** Events that may have changed the content; written under the write lock. */
    private volatile long modifications;

    private ProgramIndex(int issueCapacity, int linkCapacity) {
        resizeRows(Math.max(1, issueCapacity));
        resizeLinks(Math.max(1, linkCapacity));
        rowById = new RowHashIndex(issueCapacity);
        linkById = new RowHashIndex(linkCapacity);
    }

    /** An empty index. */
    public static ProgramIndex empty() {
        return new ProgramIndex(16, 16);
    }

    /**
     * Builds the index from issue records, iterated once: O(issues + links). Links are the union of the records'
     * links; a link whose other end is not among the records has an external end.
     *
     * @throws IllegalArgumentException when two records have the same id, or two records list the same link id
     *     with different ends or types
     */
    public static ProgramIndex build(Iterable<IssueRecord> records) {
        int expected = records instanceof Collection<?> c ? c.size() : 1024;
        ProgramIndex index = new ProgramIndex(expected, expected * 2);
        index.write.lock();
        try {
            index.load(records);
        } finally {
            index.write.unlock();
        }
        return index;
    }

    private void load(Iterable<IssueRecord> records) {
        for (IssueRecord r : records) {
            Objects.requireNonNull(r, "record");
            if (rowById.find(r.id(), ids) >= 0) {
                throw new IllegalArgumentException("issue " + r.id() + " (" + r.key() + ") is listed twice");
            }
            int row = newRow(r.id());
            writeFields(row, r);
            List<LinkRecord> links = r.links();
            for (int i = 0; i < links.size(); i++) {
                LinkRecord l = links.get(i);
                long src = l.direction() == LinkRecord.Direction.OUTWARD ? r.id() : l.otherIssueId();
                long dst = l.direction() == LinkRecord.Direction.OUTWARD ? l.otherIssueId() : r.id();
                int code = linkTypes.intern(l.linkType());
                int row2 = linkById.find(l.linkId(), linkId);
                if (row2 >= 0) {
                    if (linkSrc.get(row2) != src || linkDst.get(row2) != dst || linkType.get(row2) != code) {
                            throw new IllegalArgumentException(r.key() + " lists link " + l.linkId() + " as " + src
                                + " -" + l.linkType() + "-> " + dst + ", another issue as " + linkSrc.get(row2) + " -"
                                + linkTypes.value(linkType.get(row2)) + "-> " + linkDst.get(row2));
                    }
                } else {
                    row2 = newLinkRow(l.linkId(), code, src, dst);
                    prevSrc.set(row2, UNATTACHED);
                    prevDst.set(row2, UNATTACHED);
                }
                attach(row2, r.id(), row); // this issue's end now; an end no record lists, below
            }
        }
        for (int l = 0; l < linkLimit; l++) {
            if (prevSrc.get(l) == UNATTACHED) {
                attach(l, linkSrc.get(l));
            }
            if (prevDst.get(l) == UNATTACHED) {
                attach(l, linkDst.get(l));
            }
        }
        resizeRows(rowLimit);
        resizeLinks(linkLimit);
    }

    // ---------------------------------------------------------------------------------------------- events

    /**
     * Adds the issue or replaces its fields, and makes its links exactly the record's: links it no longer lists
     * are removed at both ends, new ones are added at both ends (the other end may be external), and a link id
     * already known with other ends is moved. An issue that was an external end of links takes over those links
     * it lists. O(1) expected plus O(log k) per link of the issue.
     */
    public void upsert(IssueRecord record) {
        Objects.requireNonNull(record, "record");
        write.lock();
        try {
            modifications++;
            long id = record.id();
            int row = rowById.find(id, ids);
            if (row < 0) {
                row = newRow(id);
                head.set(row, externalHeads.remove(id, -1));
            }
            writeFields(row, record);
            for (int l = head.get(row); l >= 0; ) {
                int next = next(l, id);
                if (record.indexOfLink(linkId.get(l)) < 0) {
                    deleteLink(l);
                }
                l = next;
            }
            List<LinkRecord> links = record.links();
            for (int i = 0; i < links.size(); i++) {
                putLink(id, links.get(i));
            }
            compactWhenSparse();
        } finally {
            write.unlock();
        }
    }

    /**
     * Removes the issue and its links (at both ends). O(1) expected plus O(1) per link.
     *
     * @return whether the issue was in the index
     */
    public boolean remove(long issueId) {
        write.lock();
        try {
            int row = rowById.find(issueId, ids);
            if (row < 0) {
                return false;
            }
            modifications++;
            while (head.get(row) >= 0) {
                deleteLink(head.get(row));
            }
            rowById.remove(issueId, ids);
            risks.remove(issueId);
            ids.set(row, 0);
            head.set(row, freeRow);
            freeRow = row;
            liveRows--;
            deadRows++;
            compactWhenSparse();
            return true;
        } finally {
            write.unlock();
        }
    }

    /**
     * Adds a link, {@code link} being as issue {@code issueId} sees it; both ends see it from then on. A link id
     * already known with the same ends takes the new type; with other ends it is moved. Ignored when neither end
     * is in the index. O(1) expected.
     *
     * @return whether the index changed
     * @throws IllegalArgumentException when the link joins the issue to itself
     */
    public boolean addLink(long issueId, LinkRecord link) {
        Objects.requireNonNull(link, "link");
        if (issueId <= 0 || link.otherIssueId() == issueId) {
            throw new IllegalArgumentException("link " + link.linkId() + " must join two different issues");
        }
        write.lock();
        try {
            if (rowById.find(issueId, ids) < 0 && rowById.find(link.otherIssueId(), ids) < 0) {
                return false;
            }
            modifications++;
            return putLink(issueId, link);
        } finally {
            write.unlock();
        }
    }

    /**
     * Removes a link from both its ends. O(1) expected.
     *
     * @return whether the link was in the index
     */
    public boolean removeLink(long linkIdToRemove) {
        write.lock();
        try {
            int l = linkById.find(linkIdToRemove, linkId);
            if (l < 0) {
                return false;
            }
            modifications++;
            deleteLink(l);
            compactWhenSparse();
            return true;
        } finally {
            write.unlock();
        }
    }

    /**
     * Rebuilds the columns without dead rows and frees unused pages. O(issues + links); the observable
     * state does not change. Runs by itself when a quarter of the rows are dead.
     */
    public void compact() {
        write.lock();
        try {
            compactRows();
            compactLinks();
        } finally {
            write.unlock();
        }
    }

    // ---------------------------------------------------------------------------------------------- reads

    /**
     * How many events ({@link #upsert}, {@link #remove}, {@link #addLink}, {@link #removeLink}) may have changed this
     * index's content since it was built: the same instance with the same count holds the same issues and links, so
     * a result computed from it can be kept until the count moves. An event counts before it changes anything, so a
     * reader that takes the count first and reads second never keeps newer data under an older count (at worst it
     * computes again). O(1), no lock (a volatile read).
     */
    public long modifications() {
        return modifications;
    }

    /**
     * The link with this id as its source sees it ({@link LinkRecord.Direction#OUTWARD}), with its source issue's id,
     * or empty when the index does not hold it. O(1) expected.
     */
    public Optional<SourcedLink> link(long id) {
        read.lock();
        try {
            int l = linkById.find(id, linkId);
            return l < 0 ? Optional.empty() : Optional.of(new SourcedLink(linkSrc.get(l),
                    new LinkRecord(id, linkTypes.value(linkType.get(l)), LinkRecord.Direction.OUTWARD,
                            linkDst.get(l))));
        } finally {
            read.unlock();
        }
    }

    /** A link seen from its source issue: {@code link.otherIssueId()} is the destination. */
    public record SourcedLink(long sourceId, LinkRecord link) {
    }

    /** Issues in the index. */
    public int size() {
        read.lock();
        try {
            return liveRows;
        } finally {
            read.unlock();
        }
    }

    /** Links in the index (each once). */
    public int linkCount() {
        read.lock();
        try {
            return liveLinks;
        } finally {
            read.unlock();
        }
    }

    /** Dead issue and link rows waiting for reuse or {@link #compact()}. */
    public int tombstones() {
        read.lock();
        try {
            return deadRows + deadLinks;
        } finally {
            read.unlock();
        }
    }

    /** Whether the issue is in the index. O(1) expected. */
    public boolean contains(long issueId) {
        read.lock();
        try {
            return rowById.find(issueId, ids) >= 0;
        } finally {
            read.unlock();
        }
    }

    /**
     * The issue as a record with its links (sorted by link id), or empty; no permission check: callers filter.
     * O(1) expected plus O(k log k) for k links; allocates the record.
     */
    public Optional<IssueRecord> get(long issueId) {
        read.lock();
        try {
            int row = rowById.find(issueId, ids);
            return row < 0 ? Optional.empty() : Optional.of(toRecord(row));
        } finally {
            read.unlock();
        }
    }

    /**
     * The issue's links as it sees them (type, direction, other end), sorted by link id; empty when the issue is
     * not in the index. The other end may be outside the index ({@link #contains} tells). O(k log k).
     */
    public List<LinkRecord> links(long issueId) {
        read.lock();
        try {
            int row = rowById.find(issueId, ids);
            return row < 0 ? List.of() : linksOf(row);
        } finally {
            read.unlock();
        }
    }

    /**
     * Counts the issues the viewer may see, per project and status category. O(rows), no allocation per issue;
     * the filter is asked once per project and (project, security level) pair.
     */
    public IndexCounts count(VisibilityFilter filter) {
        read.lock();
        try {
            Visibility v = new Visibility(filter);
            int[] tally = new int[projects.size() * 4];
            for (int page = 0; page << Columns.SHIFT < rowLimit; page++) {
                long[] idPage = ids.pages[page];
                int[] projectPage = project.pages[page];
                int[] levelPage = level.pages[page];
                byte[] categoryPage = category.pages[page];
                int end = Math.min(Columns.PAGE, rowLimit - (page << Columns.SHIFT));
                for (int i = 0; i < end; i++) {
                    if (idPage[i] == 0) {
                        continue;
                    }
                    int p = projectPage[i];
                    if (v.sees(p, levelPage[i])) {
                        tally[p * 4 + categoryPage[i]]++;
                    }
                }
            }
            return IndexCounts.of(tally, projects);
        } finally {
            read.unlock();
        }
    }

    /**
     * Calls {@code action} for each issue the viewer may see, in no particular order, with a cursor valid only
     * during the call. O(rows); allocates one cursor per scan.
     */
    public void forEach(VisibilityFilter filter, Consumer<? super IssueCursor> action) {
        Objects.requireNonNull(action, "action");
        read.lock();
        try {
            Visibility v = new Visibility(filter);
            Cursor cursor = new Cursor();
            for (int r = 0; r < rowLimit; r++) {
                if (ids.get(r) != 0 && v.sees(project.get(r), level.get(r))) {
                    cursor.row = r;
                    action.accept(cursor);
                }
            }
        } finally {
            read.unlock();
        }
    }

    /**
     * Calls {@code action} for each risk issue (one with {@link IssueCursor#risk() risk values}) the viewer may see,
     * in no particular order, with a cursor valid only during the call. O(risks), not O(rows).
     */
    public void forEachRisk(VisibilityFilter filter, Consumer<? super IssueCursor> action) {
        Objects.requireNonNull(action, "action");
        read.lock();
        try {
            Visibility v = new Visibility(filter);
            Cursor cursor = new Cursor();
            for (Long id : risks.keySet()) {
                int r = rowById.find(id, ids);
                if (r >= 0 && v.sees(project.get(r), level.get(r))) {
                    cursor.row = r;
                    action.accept(cursor);
                }
            }
        } finally {
            read.unlock();
        }
    }

    /** How many risk issues the index holds (whoever may see them). */
    public int riskCount() {
        read.lock();
        try {
            return risks.size();
        } finally {
            read.unlock();
        }
    }

    /**
     * Runs {@code reader} over the index's columns ({@link IndexRows}) under the read lock and returns what it
     * computes: the fast path for views that group and sum many issues. The filter is asked once per project and
     * (project, level) pair; the reader must not keep the rows object nor change the index. O(1) plus the reader's
     * own work.
     */
    public <R> R scan(VisibilityFilter filter, Function<? super IndexRows, R> reader) {
        Objects.requireNonNull(reader, "reader");
        read.lock();
        try {
            return reader.apply(new Rows(new Visibility(filter)));
        } finally {
            read.unlock();
        }
    }

    /** The code of a value of a dictionary-coded field, or -1 when the index has never seen it. */
    public int codeOf(IndexedField field, String value) {
        Objects.requireNonNull(value, "value");
        read.lock();
        try {
            return dictionary(field).code(value);
        } finally {
            read.unlock();
        }
    }

    /** The value with this code. */
    public String valueOf(IndexedField field, int code) {
        read.lock();
        try {
            StringDictionary d = dictionary(field);
            if (code < 0 || code >= d.size()) {
                throw new IllegalArgumentException(field + " has no code " + code);
            }
            return d.value(code);
        } finally {
            read.unlock();
        }
    }

    /** How many distinct values of the field the index has seen (codes are {@code 0..n-1}). */
    public int distinctValues(IndexedField field) {
        read.lock();
        try {
            return dictionary(field).size();
        } finally {
            read.unlock();
        }
    }

    /**
     * Bytes the index holds, computed from the lengths of its arrays (element size × length + array header),
     * object headers, and its dictionaries' strings and map entries, assuming a 64-bit JVM with compressed oops
     * (12-byte object headers, 16-byte array headers, 8-byte alignment). Includes the unused rest of each column's
     * last page. O(pages + dictionaries' distinct values).
     */
    public long retainedBytesEstimate() {
        read.lock();
        try {
            long bytes = Footprint.object(43 * Footprint.REFERENCE + 14 * 4); // this object's fields
            bytes += Footprint.object(3 * Footprint.REFERENCE) * 3; // the lock and its two views
            for (Columns.Longs c : rowLongs()) {
                bytes += c.retainedBytes();
            }
            for (Columns.Ints c : rowInts()) {
                bytes += c.retainedBytes();
            }
            bytes += category.retainedBytes() + estimate.retainedBytes();
            for (Columns.Longs c : linkLongs()) {
                bytes += c.retainedBytes();
            }
            for (Columns.Ints c : linkInts()) {
                bytes += c.retainedBytes();
            }
            bytes += rowById.retainedBytes() + linkById.retainedBytes() + externalHeads.retainedBytes()
                    + levelCodes.retainedBytes() + Footprint.array(levelIds.length, 8);
            for (IndexedField f : new IndexedField[] {IndexedField.PROJECT, IndexedField.ISSUE_TYPE,
                    IndexedField.STATUS, IndexedField.ASSIGNEE, IndexedField.TEAM, IndexedField.LINK_TYPE}) {
                bytes += dictionary(f).retainedBytes();
            }
            // a HashMap entry, its boxed key and the values record with its boxed levels (small Integers are cached)
            bytes += Footprint.array(Integer.highestOneBit(Math.max(1, risks.size() * 4 / 3)) * 2, Footprint.REFERENCE)
                    + (long) risks.size() * (Footprint.object(4 + 3 * Footprint.REFERENCE) + Footprint.object(8)
                    + Footprint.object(6 * Footprint.REFERENCE + 1));
            return bytes + versions.retainedBytes() + componentLists.retainedBytes();
        } finally {
            read.unlock();
        }
    }

    @Override
    public String toString() {
        read.lock();
        try {
            return "ProgramIndex{issues=" + liveRows + ", links=" + liveLinks + ", tombstones=" + (deadRows + deadLinks)
                    + "}";
        } finally {
            read.unlock();
        }
    }

    // ---------------------------------------------------------------------------------------------- rows

    private StringDictionary dictionary(IndexedField field) {
        return switch (Objects.requireNonNull(field, "field")) {
            case PROJECT -> projects;
            case ISSUE_TYPE -> types;
            case STATUS -> statuses;
            case FIX_VERSION -> versions.elements();
            case COMPONENT -> componentLists.elements();
            case ASSIGNEE -> assignees;
            case TEAM -> teams;
            case LINK_TYPE -> linkTypes;
        };
    }

    private int newRow(long id) {
        int row;
        if (freeRow >= 0) {
            row = freeRow;
            freeRow = head.get(row);
            deadRows--;
        } else {
            if (rowLimit == rowCapacity) {
                resizeRows(rowLimit + 1);
            }
            row = rowLimit++;
        }
        ids.set(row, id);
        head.set(row, -1);
        rowById.insert(row, ids);
        liveRows++;
        return row;
    }

    private void writeFields(int row, IssueRecord r) {
        project.set(row, projects.intern(r.projectKey()));
        number.set(row, r.issueNumber());
        type.set(row, types.intern(r.issueType()));
        status.set(row, statuses.intern(r.status()));
        category.set(row, (byte) (r.category() == null ? 0 : r.category().ordinal() + 1));
        resolvedDay.set(row, r.resolutionDate() == null ? NO_DAY : (int) r.resolutionDate().toEpochDay());
        dueDay.set(row, r.dueDate() == null ? NO_DAY : (int) r.dueDate().toEpochDay());
        created.set(row, r.createdMillis());
        updated.set(row, r.updatedMillis());
        fixVersions.set(row, versions.intern(r.fixVersions()));
        components.set(row, componentLists.intern(r.components()));
        assignee.set(row, r.assignee() == null ? -1 : assignees.intern(r.assignee()));
        parent.set(row, r.parentId() == null ? 0 : r.parentId());
        estimate.set(row, r.estimate() == null ? Double.NaN : r.estimate());
        team.set(row, r.team() == null ? -1 : teams.intern(r.team()));
        level.set(row, r.securityLevelId() == null ? -1 : levelCode(r.securityLevelId()));
        if (r.risk() == null) {
            risks.remove(r.id());
        } else {
            risks.put(r.id(), r.risk());
        }
    }

    private int levelCode(long levelId) {
        int code = levelCodes.get(levelId, -1);
        if (code < 0) {
            if (levelCount == levelIds.length) {
                levelIds = Arrays.copyOf(levelIds, levelCount * 2);
            }
            code = levelCount++;
            levelIds[code] = levelId;
            levelCodes.put(levelId, code);
        }
        return code;
    }

    private IssueRecord toRecord(int row) {
        StatusCategory c = category.get(row) == 0 ? null : StatusCategory.values()[category.get(row) - 1];
        return new IssueRecord(ids.get(row), projects.value(project.get(row)) + '-' + number.get(row), projects.value(project.get(row)),
                types.value(type.get(row)), statuses.value(status.get(row)), c,
                resolvedDay.get(row) == NO_DAY ? null : LocalDate.ofEpochDay(resolvedDay.get(row)), created.get(row), updated.get(row),
                versions.list(fixVersions.get(row)), componentLists.list(components.get(row)),
                assignee.get(row) < 0 ? null : assignees.value(assignee.get(row)), parent.get(row) == 0 ? null : parent.get(row),
                Double.isNaN(estimate.get(row)) ? null : estimate.get(row), team.get(row) < 0 ? null : teams.value(team.get(row)),
                level.get(row) < 0 ? null : levelIds[level.get(row)], linksOf(row),
                dueDay.get(row) == NO_DAY ? null : LocalDate.ofEpochDay(dueDay.get(row)), risks.get(ids.get(row)));
    }

    private List<LinkRecord> linksOf(int row) {
        long id = ids.get(row);
        List<LinkRecord> out = new ArrayList<>();
        for (int l = head.get(row); l >= 0; l = next(l, id)) {
            boolean outward = linkSrc.get(l) == id;
            out.add(new LinkRecord(linkId.get(l), linkTypes.value(linkType.get(l)),
                    outward ? LinkRecord.Direction.OUTWARD : LinkRecord.Direction.INWARD,
                    outward ? linkDst.get(l) : linkSrc.get(l)));
        }
        out.sort((a, b) -> Long.compare(a.linkId(), b.linkId()));
        return out;
    }

    // ---------------------------------------------------------------------------------------------- links

    /** Adds or updates a link as {@code issueId} sees it; at least one end is in the index. */
    private boolean putLink(long issueId, LinkRecord link) {
        boolean outward = link.direction() == LinkRecord.Direction.OUTWARD;
        long src = outward ? issueId : link.otherIssueId();
        long dst = outward ? link.otherIssueId() : issueId;
        int code = linkTypes.intern(link.linkType());
        int l = linkById.find(link.linkId(), linkId);
        if (l >= 0) {
            if (linkSrc.get(l) == src && linkDst.get(l) == dst) {
                boolean changed = linkType.get(l) != code;
                linkType.set(l, code);
                return changed;
            }
            deleteLink(l);
        }
        l = newLinkRow(link.linkId(), code, src, dst);
        attach(l, src);
        attach(l, dst);
        return true;
    }

    private int newLinkRow(long id, int code, long src, long dst) {
        int l;
        if (freeLink >= 0) {
            l = freeLink;
            freeLink = nextSrc.get(l);
            deadLinks--;
        } else {
            if (linkLimit == linkCapacity) {
                resizeLinks(linkLimit + 1);
            }
            l = linkLimit++;
        }
        linkId.set(l, id);
        linkSrc.set(l, src);
        linkDst.set(l, dst);
        linkType.set(l, code);
        nextSrc.set(l, -1);
        prevSrc.set(l, -1);
        nextDst.set(l, -1);
        prevDst.set(l, -1);
        linkById.insert(l, linkId);
        liveLinks++;
        return l;
    }

    private void deleteLink(int l) {
        detach(l, linkSrc.get(l));
        detach(l, linkDst.get(l));
        linkById.remove(linkId.get(l), linkId);
        linkId.set(l, 0);
        nextSrc.set(l, freeLink);
        freeLink = l;
        liveLinks--;
        deadLinks++;
    }

    /** The next link on {@code end}'s list after link row {@code l}. */
    private int next(int l, long end) {
        return linkSrc.get(l) == end ? nextSrc.get(l) : nextDst.get(l);
    }

    private void setNext(int l, long end, int value) {
        if (linkSrc.get(l) == end) {
            nextSrc.set(l, value);
        } else {
            nextDst.set(l, value);
        }
    }

    private void setPrev(int l, long end, int value) {
        if (linkSrc.get(l) == end) {
            prevSrc.set(l, value);
        } else {
            prevDst.set(l, value);
        }
    }

    /** Puts link row {@code l} first on {@code end}'s list. */
    private void attach(int l, long end) {
        attach(l, end, rowById.find(end, ids));
    }

    /** Puts link row {@code l} first on the list of {@code end}, whose row is {@code row} (-1: external). */
    private void attach(int l, long end, int row) {
        int h = row >= 0 ? head.get(row) : externalHeads.get(end, -1);
        setNext(l, end, h);
        setPrev(l, end, -1);
        if (h >= 0) {
            setPrev(h, end, l);
        }
        if (row >= 0) {
            head.set(row, l);
        } else {
            externalHeads.put(end, l);
        }
    }

    private void detach(int l, long end) {
        boolean isSrc = linkSrc.get(l) == end;
        int p = isSrc ? prevSrc.get(l) : prevDst.get(l);
        int n = isSrc ? nextSrc.get(l) : nextDst.get(l);
        if (p >= 0) {
            setNext(p, end, n);
        } else {
            int row = rowById.find(end, ids);
            if (row >= 0) {
                head.set(row, n);
            } else if (n < 0) {
                externalHeads.remove(end, -1);
            } else {
                externalHeads.put(end, n);
            }
        }
        if (n >= 0) {
            setPrev(n, end, p);
        }
    }

    // ---------------------------------------------------------------------------------------------- storage

    private Columns.Longs[] rowLongs() {
        return new Columns.Longs[] {ids, created, updated, parent};
    }

    private Columns.Ints[] rowInts() {
        return new Columns.Ints[] {project, number, type, status, resolvedDay, dueDay, fixVersions, components, assignee,
                team, level, head};
    }

    private Columns.Longs[] linkLongs() {
        return new Columns.Longs[] {linkId, linkSrc, linkDst};
    }

    private Columns.Ints[] linkInts() {
        return new Columns.Ints[] {linkType, nextSrc, prevSrc, nextDst, prevDst};
    }

    /** Issue columns with room for {@code capacity} rows (rounded up to whole pages). */
    private void resizeRows(int capacity) {
        for (Columns.Longs c : rowLongs()) {
            c.resize(capacity);
        }
        for (Columns.Ints c : rowInts()) {
            c.resize(capacity);
        }
        category.resize(capacity);
        estimate.resize(capacity);
        rowCapacity = Columns.pagesFor(capacity) << Columns.SHIFT;
    }

    private void resizeLinks(int capacity) {
        for (Columns.Longs c : linkLongs()) {
            c.resize(capacity);
        }
        for (Columns.Ints c : linkInts()) {
            c.resize(capacity);
        }
        linkCapacity = Columns.pagesFor(capacity) << Columns.SHIFT;
    }

    private void compactWhenSparse() {
        if (deadRows >= COMPACT_MIN_DEAD && deadRows * 4L > rowLimit) {
            compactRows();
        }
        if (deadLinks >= COMPACT_MIN_DEAD && deadLinks * 4L > linkLimit) {
            compactLinks();
        }
    }

    /** Moves live issue rows to the front, in row order; links refer to issue ids, so only heads move. */
    private void compactRows() {
        int to = 0;
        for (int r = 0; r < rowLimit; r++) {
            if (ids.get(r) == 0) {
                continue;
            }
            if (to != r) {
                ids.set(to, ids.get(r));
                project.set(to, project.get(r));
                number.set(to, number.get(r));
                type.set(to, type.get(r));
                status.set(to, status.get(r));
                category.set(to, category.get(r));
                resolvedDay.set(to, resolvedDay.get(r));
                dueDay.set(to, dueDay.get(r));
                created.set(to, created.get(r));
                updated.set(to, updated.get(r));
                fixVersions.set(to, fixVersions.get(r));
                components.set(to, components.get(r));
                assignee.set(to, assignee.get(r));
                parent.set(to, parent.get(r));
                estimate.set(to, estimate.get(r));
                team.set(to, team.get(r));
                level.set(to, level.get(r));
                head.set(to, head.get(r));
            }
            to++;
        }
        for (int r = to; r < rowLimit; r++) {
            ids.set(r, 0);
        }
        rowLimit = to;
        deadRows = 0;
        freeRow = -1;
        resizeRows(rowLimit);
        rowById.rebuild(ids, rowLimit, liveRows);
    }

    /** Moves live link rows to the front, in row order, renumbering list pointers and heads. */
    private void compactLinks() {
        int[] moved = new int[linkLimit];
        int to = 0;
        for (int l = 0; l < linkLimit; l++) {
            moved[l] = linkId.get(l) == 0 ? -1 : to++;
        }
        for (int l = 0; l < linkLimit; l++) {
            int t = moved[l];
            if (t < 0) {
                continue;
            }
            linkId.set(t, linkId.get(l));
            linkSrc.set(t, linkSrc.get(l));
            linkDst.set(t, linkDst.get(l));
            linkType.set(t, linkType.get(l));
            nextSrc.set(t, nextSrc.get(l) < 0 ? -1 : moved[nextSrc.get(l)]);
            prevSrc.set(t, prevSrc.get(l) < 0 ? -1 : moved[prevSrc.get(l)]);
            nextDst.set(t, nextDst.get(l) < 0 ? -1 : moved[nextDst.get(l)]);
            prevDst.set(t, prevDst.get(l) < 0 ? -1 : moved[prevDst.get(l)]);
        }
        for (int l = to; l < linkLimit; l++) {
            linkId.set(l, 0);
        }
        for (int r = 0; r < rowLimit; r++) {
            if (ids.get(r) != 0 && head.get(r) >= 0) {
                head.set(r, moved[head.get(r)]);
            }
        }
        externalHeads.replaceValues(h -> moved[h]);
        linkLimit = to;
        deadLinks = 0;
        freeLink = -1;
        resizeLinks(linkLimit);
        linkById.rebuild(linkId, linkLimit, liveLinks);
    }

    // ---------------------------------------------------------------------------------------------- reading

    /** One query's view of a {@link VisibilityFilter}: asked once per project and (project, level) pair. */
    private final class Visibility {
        private final VisibilityFilter filter;
        private final boolean[] browsable;
        private final byte[] levels; // per project × level: 0 not asked, 1 visible, 2 hidden

        Visibility(VisibilityFilter filter) {
            this.filter = Objects.requireNonNull(filter, "filter");
            browsable = new boolean[projects.size()];
            for (int p = 0; p < browsable.length; p++) {
                browsable[p] = filter.canBrowseProject(projects.value(p));
            }
            levels = new byte[projects.size() * levelCount];
        }

        boolean sees(int p, int levelCode) {
            if (!browsable[p]) {
                return false;
            }
            if (levelCode < 0) {
                return true;
            }
            int i = p * levelCount + levelCode;
            byte known = levels[i];
            if (known == 0) {
                known = filter.canSeeSecurityLevel(projects.value(p), levelIds[levelCode]) ? (byte) 1 : (byte) 2;
                levels[i] = known;
            }
            return known == 1;
        }
    }

    /** The columns as an aggregate scan reads them. */
    private final class Rows implements IndexRows {
        private final Visibility visibility;

        Rows(Visibility visibility) {
            this.visibility = visibility;
        }

        @Override
        public int rowLimit() {
            return rowLimit;
        }

        @Override
        public boolean live(int row) {
            return ids.get(row) != 0;
        }

        @Override
        public boolean visible(int row) {
            return ids.get(row) != 0 && visibility.sees(project.get(row), level.get(row));
        }

        @Override
        public int rowOf(long issueId) {
            return issueId <= 0 ? -1 : rowById.find(issueId, ids);
        }

        @Override
        public long id(int row) {
            return ids.get(row);
        }

        @Override
        public int projectCode(int row) {
            return project.get(row);
        }

        @Override
        public int number(int row) {
            return number.get(row);
        }

        @Override
        public String key(int row) {
            return projects.value(project.get(row)) + '-' + number.get(row);
        }

        @Override
        public int typeCode(int row) {
            return type.get(row);
        }

        @Override
        public int statusCode(int row) {
            return status.get(row);
        }

        @Override
        public int category(int row) {
            return category.get(row);
        }

        @Override
        public int assigneeCode(int row) {
            return assignee.get(row);
        }

        @Override
        public int teamCode(int row) {
            return team.get(row);
        }

        @Override
        public long parentId(int row) {
            return parent.get(row);
        }

        @Override
        public double estimate(int row) {
            return estimate.get(row);
        }

        @Override
        public int fixVersionList(int row) {
            return fixVersions.get(row);
        }

        @Override
        public int componentList(int row) {
            return components.get(row);
        }

        @Override
        public int[] listElements(IndexedField field, int listCode) {
            return lists(field).elementCodes(listCode);
        }

        @Override
        public int listCount(IndexedField field) {
            return lists(field).size();
        }

        @Override
        public String value(IndexedField field, int code) {
            return dictionary(field).value(code);
        }

        @Override
        public int distinctValues(IndexedField field) {
            return dictionary(field).size();
        }

        @Override
        public int firstLink(int row) {
            return head.get(row);
        }

        @Override
        public int nextLink(int link, long issueId) {
            return next(link, issueId);
        }

        @Override
        public int linkLimit() {
            return linkLimit;
        }

        @Override
        public boolean linkLive(int link) {
            return linkId.get(link) != 0;
        }

        @Override
        public long linkSource(int link) {
            return linkSrc.get(link);
        }

        @Override
        public long linkDestination(int link) {
            return linkDst.get(link);
        }

        @Override
        public int linkTypeCode(int link) {
            return linkType.get(link);
        }

        private ListDictionary lists(IndexedField field) {
            return switch (field) {
                case FIX_VERSION -> versions;
                case COMPONENT -> componentLists;
                default -> throw new IllegalArgumentException(field + " is not a list field");
            };
        }
    }

    /** The scan cursor: reads the row it points at. */
    private final class Cursor implements IssueCursor {
        int row;

        @Override
        public long id() {
            return ids.get(row);
        }

        @Override
        public String key() {
            return projects.value(project.get(row)) + '-' + number.get(row);
        }

        @Override
        public int projectCode() {
            return project.get(row);
        }

        @Override
        public String projectKey() {
            return projects.value(project.get(row));
        }

        @Override
        public int issueNumber() {
            return number.get(row);
        }

        @Override
        public int issueTypeCode() {
            return type.get(row);
        }

        @Override
        public String issueType() {
            return types.value(type.get(row));
        }

        @Override
        public int statusCode() {
            return status.get(row);
        }

        @Override
        public String status() {
            return statuses.value(status.get(row));
        }

        @Override
        public StatusCategory category() {
            return category.get(row) == 0 ? null : StatusCategory.values()[category.get(row) - 1];
        }

        @Override
        public LocalDate resolutionDate() {
            return resolvedDay.get(row) == NO_DAY ? null : LocalDate.ofEpochDay(resolvedDay.get(row));
        }

        @Override
        public LocalDate dueDate() {
            return dueDay.get(row) == NO_DAY ? null : LocalDate.ofEpochDay(dueDay.get(row));
        }

        @Override
        public long createdMillis() {
            return created.get(row);
        }

        @Override
        public long updatedMillis() {
            return updated.get(row);
        }

        @Override
        public List<String> fixVersions() {
            return versions.list(fixVersions.get(row));
        }

        @Override
        public List<String> components() {
            return componentLists.list(components.get(row));
        }

        @Override
        public int assigneeCode() {
            return assignee.get(row);
        }

        @Override
        public String assignee() {
            return assignee.get(row) < 0 ? null : assignees.value(assignee.get(row));
        }

        @Override
        public long parentId() {
            return parent.get(row);
        }

        @Override
        public double estimate() {
            return estimate.get(row);
        }

        @Override
        public int teamCode() {
            return team.get(row);
        }

        @Override
        public String team() {
            return team.get(row) < 0 ? null : teams.value(team.get(row));
        }

        @Override
        public long securityLevelId() {
            return level.get(row) < 0 ? 0 : levelIds[level.get(row)];
        }

        @Override
        public RiskValues risk() {
            return risks.get(ids.get(row));
        }

        @Override
        public IssueRecord toRecord() {
            return ProgramIndex.this.toRecord(row);
        }
    }
}
