package io.programoffice.core.view;

import io.programoffice.core.index.IndexRows;
import io.programoffice.core.index.IndexedField;
import io.programoffice.core.index.ProgramIndex;
import io.programoffice.core.index.ProgramMembership;
import io.programoffice.core.index.VisibilityFilter;
import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.program.StatusCategory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Program views computed from the {@link ProgramIndex} in one columnar scan each ({@link ProgramIndex#scan}):
 * the issues the viewer may see ({@link VisibilityFilter}: project browse and issue security level), that belong to
 * the program ({@link ProgramMembership}) and pass the {@link ViewQuery}'s filters.
 *
 * <ul>
 *   <li>{@link #view}: groups and rollups. An issue with several fix versions counts in the group of each of its
 *       versions (so a fix-version level's groups may add up to more than their parent or the total); the total and
 *       every other level count it once. An issue whose parent the viewer can't see, or that is not indexed, is in
 *       the {@link ViewGroup.Kind#HIDDEN} epic group, which names no key. O(issues) plus O(groups log groups);
 *       memory O(groups).</li>
 *   <li>{@link #issues}: a page of the matching issues ordered by project key then issue number. O(issues log
 *       issues) for the order; 8 bytes per match.</li>
 *   <li>{@link #links}: links whose two ends are both visible program issues, each counted once (the filters do
 *       not apply). O(links).</li>
 * </ul>
 * Stateless and thread-safe; each call reads one consistent state of the index.
 */
public final class ProgramViews {
    private static final int NONE_SLOT = 0;
    private static final int HIDDEN_SLOT = 1;
    private static final StatusCategory[] CATEGORIES = StatusCategory.values();

    private ProgramViews() {
    }

    /** The program's view for the viewer: total and groups, see the class comment. */
    public static ProgramView view(ProgramIndex index, ProgramMembership membership, VisibilityFilter viewer,
                                   ViewQuery query) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(membership, "membership");
        return index.scan(viewer, rows -> new Scan(rows, membership, query).view());
    }

    /** A page of the matching issues, ordered by project key then issue number; total is every match. */
    public static Page<ViewIssue> issues(ProgramIndex index, ProgramMembership membership, VisibilityFilter viewer,
                                         ViewQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(membership, "membership");
        Objects.requireNonNull(page, "page");
        return index.scan(viewer, rows -> new Scan(rows, membership, query).issues(page.startAt(), page.maxResults()));
    }

    /**
     * The first {@code limit} matching issues in the same order as {@link #issues} (for exports), and how many
     * matched in all ({@link Page#total()}).
     */
    public static Page<ViewIssue> firstIssues(ProgramIndex index, ProgramMembership membership,
                                              VisibilityFilter viewer, ViewQuery query, int limit) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(membership, "membership");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        return index.scan(viewer, rows -> new Scan(rows, membership, query).issues(0, limit));
    }

    /** Links between the program's issues the viewer may see, each once; see the class comment. */
    public static LinkStats links(ProgramIndex index, ProgramMembership membership, VisibilityFilter viewer) {
        Objects.requireNonNull(membership, "membership");
        return index.scan(viewer, rows -> new Scan(rows, membership, ViewQuery.ALL).links());
    }

    /** One scan's state: the viewer's rows, the program's projects, the filters decoded to codes. */
    private static final class Scan {
        private final IndexRows rows;
        private final ProgramMembership membership;
        private final ViewQuery query;
        private final boolean[] memberProject;
        private final boolean jql;
        private final boolean[] projectOk;
        private final boolean[] teamOk;
        private final boolean[] typeOk;
        private final boolean[] categoryOk;
        private final String text;
        private boolean[] typeText;
        private boolean[] statusText;
        private boolean[] assigneeText;
        private boolean[] teamText;
        private boolean[] versionsText;
        private boolean[] componentsText;
        private final int[] scratch = new int[1];
        private int[][] versionSlots;
        private final ParentSlots parentSlots = new ParentSlots();

        Scan(IndexRows rows, ProgramMembership membership, ViewQuery query) {
            this.rows = rows;
            this.membership = membership;
            this.query = query;
            int projects = rows.distinctValues(IndexedField.PROJECT);
            memberProject = new boolean[projects];
            for (int p = 0; p < projects; p++) {
                memberProject[p] = membership.projectKeys().contains(rows.value(IndexedField.PROJECT, p));
            }
            jql = membership.jqlIssueCount() > 0;
            projectOk = accepted(IndexedField.PROJECT, query.projects());
            teamOk = accepted(IndexedField.TEAM, query.teams());
            typeOk = accepted(IndexedField.ISSUE_TYPE, query.types());
            if (query.statusCategories().isEmpty()) {
                categoryOk = null;
            } else {
                categoryOk = new boolean[CATEGORIES.length + 1];
                query.statusCategories().forEach(c -> categoryOk[c.ordinal() + 1] = true);
            }
            text = query.text() == null ? null : query.text().toLowerCase(Locale.ROOT);
            if (text != null) {
                typeText = matching(IndexedField.ISSUE_TYPE);
                statusText = matching(IndexedField.STATUS);
                assigneeText = matching(IndexedField.ASSIGNEE);
                teamText = matching(IndexedField.TEAM);
                versionsText = matchingLists(IndexedField.FIX_VERSION);
                componentsText = matchingLists(IndexedField.COMPONENT);
            }
        }

        private boolean[] accepted(IndexedField field, Set<String> values) {
            if (values.isEmpty()) {
                return null;
            }
            boolean[] ok = new boolean[rows.distinctValues(field)];
            for (int c = 0; c < ok.length; c++) {
                ok[c] = values.contains(rows.value(field, c));
            }
            return ok;
        }

        private boolean[] matching(IndexedField field) {
            boolean[] m = new boolean[rows.distinctValues(field)];
            for (int c = 0; c < m.length; c++) {
                m[c] = rows.value(field, c).toLowerCase(Locale.ROOT).contains(text);
            }
            return m;
        }

        private boolean[] matchingLists(IndexedField field) {
            boolean[] elements = matching(field);
            boolean[] m = new boolean[rows.listCount(field)];
            for (int l = 0; l < m.length; l++) {
                for (int e : rows.listElements(field, l)) {
                    m[l] |= elements[e];
                }
            }
            return m;
        }

        /** Whether the row is a live issue the viewer sees, of the program. */
        private boolean member(int row) {
            return rows.visible(row) && (memberProject[rows.projectCode(row)] || jql && membership.containsJqlIssue(rows.id(row)));
        }

        /** Whether the row is a visible program issue passing the filters. */
        private boolean matches(int row) {
            if (!member(row)) {
                return false;
            }
            if (projectOk != null && !projectOk[rows.projectCode(row)]) {
                return false;
            }
            if (typeOk != null && !typeOk[rows.typeCode(row)]) {
                return false;
            }
            if (teamOk != null && (rows.teamCode(row) < 0 || !teamOk[rows.teamCode(row)])) {
                return false;
            }
            if (categoryOk != null && !categoryOk[rows.category(row)]) {
                return false;
            }
            return text == null || textMatches(row);
        }

        private boolean textMatches(int row) {
            int a = rows.assigneeCode(row);
            int t = rows.teamCode(row);
            return typeText[rows.typeCode(row)] || statusText[rows.statusCode(row)] || a >= 0 && assigneeText[a]
                    || t >= 0 && teamText[t] || versionsText[rows.fixVersionList(row)]
                    || componentsText[rows.componentList(row)]
                    || rows.key(row).toLowerCase(Locale.ROOT).contains(text);
        }

        // ------------------------------------------------------------------------------------------ view

        ProgramView view() {
            List<ViewField> levels = query.groupBy();
            ViewField first = levels.isEmpty() ? null : levels.get(0);
            ViewField second = levels.size() < 2 ? null : levels.get(1);
            if (levels.contains(ViewField.FIX_VERSION)) {
                versionSlots = versionSlots();
            }
            int outerDomain = first == null ? 0 : domain(first);
            int innerDomain = second == null ? 0 : domain(second);
            GroupTable top = new GroupTable(outerDomain);
            GroupTable nested = new GroupTable(outerDomain > 0 && innerDomain > 0
                    && (long) outerDomain * innerDomain <= GroupTable.MAX_DENSE ? outerDomain * innerDomain : 0);
            int issues = 0;
            int done = 0;
            int estimated = 0;
            double estimate = 0;
            double estimateDone = 0;
            int doneCategory = StatusCategory.DONE.ordinal() + 1;
            int limit = rows.rowLimit();
            for (int row = 0; row < limit; row++) {
                if (!matches(row)) {
                    continue;
                }
                boolean isDone = rows.category(row) == doneCategory;
                double e = rows.estimate(row);
                issues++;
                if (isDone) {
                    done++;
                }
                if (e == e) {
                    estimated++;
                    estimate += e;
                    if (isDone) {
                        estimateDone += e;
                    }
                }
                if (first == null) {
                    continue;
                }
                int[] outer = slots(first, row);
                int outerCount = outer == scratch ? 1 : outer.length;
                int single = outer == scratch ? scratch[0] : -1;
                for (int i = 0; i < outerCount; i++) {
                    int s1 = single >= 0 ? single : outer[i];
                    top.add(s1, s1, isDone, e);
                    if (second != null) {
                        int[] inner = slots(second, row);
                        if (inner == scratch) {
                            int s2 = scratch[0];
                            nested.add((long) s1 << 32 | s2, s1 * innerDomain + s2, isDone, e);
                        } else {
                            for (int s2 : inner) {
                                nested.add((long) s1 << 32 | s2, s1 * innerDomain + s2, isDone, e);
                            }
                        }
                    }
                }
            }
            Rollup total = new Rollup(issues, done, estimate, estimateDone, estimated);
            if (first == null) {
                return new ProgramView(query, total, List.of());
            }
            Map<Integer, List<ViewGroup>> children = new HashMap<>();
            for (int e = 0; e < nested.size(); e++) {
                long key = nested.entryKeys[e];
                children.computeIfAbsent((int) (key >>> 32), k -> new ArrayList<>())
                        .add(group(second, (int) key, nested.rollup(e), List.of()));
            }
            List<ViewGroup> groups = new ArrayList<>(top.size());
            for (int e = 0; e < top.size(); e++) {
                int s1 = (int) top.entryKeys[e];
                List<ViewGroup> inner = children.getOrDefault(s1, new ArrayList<>());
                inner.sort(ORDER);
                groups.add(group(first, s1, top.rollup(e), inner));
            }
            groups.sort(ORDER);
            return new ProgramView(query, total, groups);
        }

        /** How many slots a field's groups take (slots are 0..n-1), or 0 when they are sparse (epics: rows). */
        private int domain(ViewField field) {
            return switch (field) {
                case TEAM -> rows.distinctValues(IndexedField.TEAM) + 1;
                case PROJECT -> rows.distinctValues(IndexedField.PROJECT) + 1;
                case ASSIGNEE -> rows.distinctValues(IndexedField.ASSIGNEE) + 1;
                case FIX_VERSION -> rows.distinctValues(IndexedField.FIX_VERSION) + 1;
                case STATUS_CATEGORY -> CATEGORIES.length + 1;
                case EPIC -> 0;
            };
        }

        /** The group slots of the row for a field: {@link #scratch} holding one slot, or a shared array of slots. */
        private int[] slots(ViewField field, int row) {
            switch (field) {
                case TEAM -> scratch[0] = rows.teamCode(row) + 1;
                case PROJECT -> scratch[0] = rows.projectCode(row) + 1;
                case ASSIGNEE -> scratch[0] = rows.assigneeCode(row) + 1;
                case STATUS_CATEGORY -> scratch[0] = rows.category(row);
                case EPIC -> scratch[0] = epicSlot(row);
                case FIX_VERSION -> {
                    return versionSlots[rows.fixVersionList(row)];
                }
                default -> throw new IllegalStateException(field.toString());
            }
            return scratch;
        }

        private int epicSlot(int row) {
            long parent = rows.parentId(row);
            if (parent == 0) {
                return NONE_SLOT;
            }
            int slot = parentSlots.get(parent);
            if (slot < 0) {
                int parentRow = rows.rowOf(parent);
                slot = parentRow < 0 || !rows.visible(parentRow) ? HIDDEN_SLOT : parentRow + 2;
                parentSlots.put(parent, slot);
            }
            return slot;
        }

        /** Per fix version list code: the distinct version codes + 1, or {0} for the empty list. */
        private int[][] versionSlots() {
            int[][] out = new int[rows.listCount(IndexedField.FIX_VERSION)][];
            for (int l = 0; l < out.length; l++) {
                int[] codes = rows.listElements(IndexedField.FIX_VERSION, l);
                out[l] = codes.length == 0 ? new int[] {NONE_SLOT}
                        : Arrays.stream(codes).map(c -> c + 1).distinct().toArray();
            }
            return out;
        }

        private ViewGroup group(ViewField field, int slot, Rollup rollup, List<ViewGroup> inner) {
            if (slot == NONE_SLOT) {
                return new ViewGroup(field, ViewGroup.Kind.NONE, null, null, rollup, inner);
            }
            if (field == ViewField.EPIC && slot == HIDDEN_SLOT) {
                return new ViewGroup(field, ViewGroup.Kind.HIDDEN, null, null, rollup, inner);
            }
            String value = switch (field) {
                case TEAM -> rows.value(IndexedField.TEAM, slot - 1);
                case PROJECT -> rows.value(IndexedField.PROJECT, slot - 1);
                case ASSIGNEE -> rows.value(IndexedField.ASSIGNEE, slot - 1);
                case FIX_VERSION -> rows.value(IndexedField.FIX_VERSION, slot - 1);
                case STATUS_CATEGORY -> CATEGORIES[slot - 1].key();
                case EPIC -> rows.key(slot - 2);
            };
            return new ViewGroup(field, ViewGroup.Kind.VALUE, value, value, rollup, inner);
        }

        // ------------------------------------------------------------------------------------------ issues

        Page<ViewIssue> issues(int startAt, int maxResults) {
            int projects = rows.distinctValues(IndexedField.PROJECT);
            Integer[] byKey = new Integer[projects];
            for (int p = 0; p < projects; p++) {
                byKey[p] = p;
            }
            Arrays.sort(byKey, Comparator.comparing(p -> rows.value(IndexedField.PROJECT, p)));
            long[] rank = new long[projects];
            for (int i = 0; i < projects; i++) {
                rank[byKey[i]] = i;
            }
            long[] keys = new long[64];
            int n = 0;
            int limit = rows.rowLimit();
            for (int row = 0; row < limit; row++) {
                if (matches(row)) {
                    if (n == keys.length) {
                        keys = Arrays.copyOf(keys, n * 2);
                    }
                    keys[n++] = rank[rows.projectCode(row)] << 32 | rows.number(row);
                }
            }
            Arrays.sort(keys, 0, n);
            int from = Math.min(startAt, n);
            int to = (int) Math.min(n, (long) from + maxResults);
            Set<Long> wanted = new HashSet<>(Math.max(16, (to - from) * 2));
            for (int i = from; i < to; i++) {
                wanted.add(keys[i]);
            }
            List<long[]> found = new ArrayList<>(); // {sort key, id, row}
            if (!wanted.isEmpty()) {
                for (int row = 0; row < limit; row++) {
                    if (wanted.contains(rank[rows.projectCode(row)] << 32 | rows.number(row)) && matches(row)) {
                        found.add(new long[] {rank[rows.projectCode(row)] << 32 | rows.number(row), rows.id(row), row});
                    }
                }
            }
            found.sort(Comparator.<long[]>comparingLong(f -> f[0]).thenComparingLong(f -> f[1]));
            List<ViewIssue> values = new ArrayList<>(to - from);
            for (int i = 0; i < found.size() && values.size() < to - from; i++) {
                values.add(issue((int) found.get(i)[2]));
            }
            return new Page<>(startAt, maxResults, n, values);
        }

        private ViewIssue issue(int row) {
            int a = rows.assigneeCode(row);
            int t = rows.teamCode(row);
            int c = rows.category(row);
            double e = rows.estimate(row);
            List<String> versions = new ArrayList<>();
            for (int v : rows.listElements(IndexedField.FIX_VERSION, rows.fixVersionList(row))) {
                versions.add(rows.value(IndexedField.FIX_VERSION, v));
            }
            return new ViewIssue(rows.id(row), rows.key(row), rows.value(IndexedField.PROJECT, rows.projectCode(row)),
                    rows.value(IndexedField.ISSUE_TYPE, rows.typeCode(row)),
                    rows.value(IndexedField.STATUS, rows.statusCode(row)), c == 0 ? null : CATEGORIES[c - 1],
                    a < 0 ? null : rows.value(IndexedField.ASSIGNEE, a), t < 0 ? null : rows.value(IndexedField.TEAM, t),
                    versions, e == e ? e : null);
        }

        // ------------------------------------------------------------------------------------------ links

        /**
         * Walks the link list of every visible program issue: a link met from both its ends joins two such issues.
         * No id lookups; one int per link row remembers the project of the end met first.
         */
        LinkStats links() {
            int[] byType = new int[rows.distinctValues(IndexedField.LINK_TYPE)];
            int[] firstEndProject = new int[rows.linkLimit()]; // 0: not met yet, else project code + 1
            int total = 0;
            int cross = 0;
            int limit = rows.rowLimit();
            for (int row = 0; row < limit; row++) {
                if (!member(row)) {
                    continue;
                }
                long id = rows.id(row);
                int project = rows.projectCode(row) + 1;
                for (int l = rows.firstLink(row); l >= 0; l = rows.nextLink(l, id)) {
                    int met = firstEndProject[l];
                    if (met == 0) {
                        firstEndProject[l] = project;
                        continue;
                    }
                    total++;
                    if (met != project) {
                        cross++;
                    }
                    byType[rows.linkTypeCode(l)]++;
                }
            }
            Map<String, Integer> types = new HashMap<>();
            for (int t = 0; t < byType.length; t++) {
                if (byType[t] > 0) {
                    types.put(rows.value(IndexedField.LINK_TYPE, t), byType[t]);
                }
            }
            return new LinkStats(total, cross, types);
        }
    }

    /** Values by label (status categories in workflow order), then the hidden-parent group, then "none". */
    static final Comparator<ViewGroup> ORDER = (a, b) -> {
        if (a.kind() != b.kind()) {
            return Integer.compare(a.kind().ordinal(), b.kind().ordinal());
        }
        if (a.kind() != ViewGroup.Kind.VALUE) {
            return 0;
        }
        if (a.field() == ViewField.STATUS_CATEGORY) {
            return Integer.compare(StatusCategory.fromKey(a.value()).orElseThrow().ordinal(),
                    StatusCategory.fromKey(b.value()).orElseThrow().ordinal());
        }
        return LabelOrder.NATURAL.compare(a.label(), b.label());
    };
}
