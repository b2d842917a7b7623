package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What the issue view's proposal form offers: {@code {"issue","allowed","linkTypes":[{"name","kind","lag"}]}}.
 *
 * @param issue     the issue key asked about
 * @param allowed   whether the caller may propose a dependency from it
 * @param linkTypes the link types to choose from, with the scheme's kind and default lag
 */
@JsonPropertyOrder({"issue", "allowed", "linkTypes"})
public record DependencyProposalDto(String issue, boolean allowed, List<LinkTypeDto> linkTypes) {
    /** A link type a program scheme maps: its name, kind and default lag in working days. */
    @JsonPropertyOrder({"name", "kind", "lag"})
    public record LinkTypeDto(String name, String kind, int lag) {
    }
}
