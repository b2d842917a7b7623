package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programoffice.core.dependency.NegotiationQueue;
import java.util.List;

/**
 * A negotiation queue: {@code {"program","team","waiting":{"count","items"},"asked":{...},"escalated":{...}}};
 * {@code team} is null for the caller's own queue.
 */
@JsonPropertyOrder({"program", "team", "waiting", "asked", "escalated"})
public record NegotiationQueueDto(String program, String team, Section waiting, Section asked, Section escalated) {
    /** {@code {"count":n,"items":[...]}}: the full count, the first items. */
    @JsonPropertyOrder({"count", "items"})
    public record Section(int count, List<DependencyDto> items) {
        static Section of(NegotiationQueue.Section s) {
            return new Section(s.count(), s.items().stream().map(DependencyDto::of).toList());
        }
    }

    public static NegotiationQueueDto of(String program, String team, NegotiationQueue q) {
        return new NegotiationQueueDto(program, team, Section.of(q.waiting()), Section.of(q.asked()),
                Section.of(q.escalated()));
    }
}
