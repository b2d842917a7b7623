package io.programoffice.core.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Canonical text of an index's observable state, for comparing two indexes that should be equal. */
final class Canonical {
    private Canonical() {
    }

    /** Every issue (by id) with its fields and links, link and issue counts, and counts for two viewers. */
    static String dump(ProgramIndex index) {
        List<Long> ids = new ArrayList<>();
        index.forEach(VisibilityFilter.everything(), c -> ids.add(c.id()));
        ids.sort(null);
        StringBuilder out = new StringBuilder();
        out.append("issues=").append(index.size()).append(" links=").append(index.linkCount()).append('\n');
        for (long id : ids) {
            out.append(index.get(id).orElseThrow()).append('\n');
        }
        out.append(index.count(VisibilityFilter.everything())).append('\n');
        out.append(index.count(VisibilityFilter.of(Set.of(RandomPrograms.projectKey(0), RandomPrograms.projectKey(1)),
                Set.of(10_001L)))).append('\n');
        return out.toString();
    }

    /** The same dump for what the records describe (links sorted, as {@link IssueRecord} keeps them). */
    static String dump(Collection<IssueRecord> records) {
        return dump(ProgramIndex.build(records));
    }
}
