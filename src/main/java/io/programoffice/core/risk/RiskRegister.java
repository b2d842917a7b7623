package io.programoffice.core.risk;

import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;

import java.util.ArrayList;
import java.util.List;

/**
 * The program's risk register: the risks a query shows, in its order, a page at a time. The caller passes only risks
 * the viewer may browse. Stateless.
 */
public final class RiskRegister {
    private RiskRegister() {
    }

    /** Every risk of {@code risks} that {@code query} shows, in its order. */
    public static List<Risk> list(Iterable<Risk> risks, RiskQuery query) {
        List<Risk> shown = new ArrayList<>();
        for (Risk r : risks) {
            if (query.matches(r)) {
                shown.add(r);
            }
        }
        shown.sort(query.order());
        return shown;
    }

    /** One page of {@link #list}. */
    public static Page<Risk> page(Iterable<Risk> risks, RiskQuery query, PageRequest page) {
        List<Risk> shown = list(risks, query);
        int from = Math.min(page.startAt(), shown.size());
        int to = Math.min(shown.size(), from + page.maxResults());
        return new Page<>(page.startAt(), page.maxResults(), shown.size(), shown.subList(from, to));
    }
}
