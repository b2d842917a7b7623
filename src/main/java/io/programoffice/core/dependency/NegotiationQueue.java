package io.programoffice.core.dependency;

import java.util.List;

/**
 * A negotiation queue: what waits for an answer, what was asked, and what is escalated, each with its full count
 * and at most {@link Dependencies#QUEUE_ITEMS} items (oldest state change first). Immutable.
 */
public record NegotiationQueue(Section waiting, Section asked, Section escalated) {
    /**
     * One part of the queue.
     *
     * @param count how many there are
     * @param items the first of them
     */
    public record Section(int count, List<DependencyView> items) {
        public Section {
            items = List.copyOf(items);
        }
    }
}
