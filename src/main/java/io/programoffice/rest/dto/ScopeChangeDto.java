package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programoffice.core.milestone.ScopeChange;

/**
 * A milestone's scope since the program's newest baseline: {@code {"baselineOn","before","added","removed",
 * "percent"}}, counting only issues the caller may browse; {@code percent} is the net change, whole, signed.
 */
@JsonPropertyOrder({"baselineOn", "before", "added", "removed", "percent"})
public record ScopeChangeDto(String baselineOn, int before, int added, int removed, long percent) {
    /** The change, or null without a baseline. */
    public static ScopeChangeDto of(ScopeChange c) {
        return c == null ? null : new ScopeChangeDto(c.baselineOn().toString(), c.before(), c.added(), c.removed(),
                c.percent());
    }
}
