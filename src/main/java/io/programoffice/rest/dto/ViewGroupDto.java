package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One group of {@code GET /programs/{key}/view}: {@code {"field","value","label","rollup","groups"}}. {@code value}
 * is {@code null} for the "none" group and for issues whose parent the caller can't see ({@code "hidden": true});
 * {@code label} is always text to show, in the caller's language.
 */
@JsonPropertyOrder({"field", "value", "label", "hidden", "rollup", "groups"})
public record ViewGroupDto(String field, String value, String label, boolean hidden, RollupDto rollup,
                           List<ViewGroupDto> groups) {
}
