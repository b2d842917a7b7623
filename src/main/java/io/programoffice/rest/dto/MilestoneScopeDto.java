package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programoffice.core.milestone.MilestoneScope;
import java.util.List;

/**
 * A milestone's scope on the wire: {@code {"kind":"FIX_VERSION|JQL|ISSUES","text","issueKeys"}}; {@code text} is the
 * fix version's name or the JQL query ({@code ""} for an issue list), {@code issueKeys} the listed issues ({@code []}
 * otherwise).
 */
@JsonPropertyOrder({"kind", "text", "issueKeys"})
public record MilestoneScopeDto(String kind, String text, List<String> issueKeys) {
    public static MilestoneScopeDto of(MilestoneScope scope) {
        return new MilestoneScopeDto(scope.kind().name(), scope.text(), scope.issueKeys());
    }
}
