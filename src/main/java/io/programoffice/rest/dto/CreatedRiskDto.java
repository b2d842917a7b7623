package io.programoffice.rest.dto;

import java.util.List;

/**
 * A risk created from a suggestion: {@code {"key","linked","unlinked","suggestion"}}; {@code linked} the evidence
 * issues it is linked to, {@code unlinked} those it could not be linked to, {@code suggestion} the suggestion as it is
 * now (dismissed by its creation).
 */
public record CreatedRiskDto(String key, List<String> linked, List<String> unlinked, SuggestionDto suggestion) {
}
