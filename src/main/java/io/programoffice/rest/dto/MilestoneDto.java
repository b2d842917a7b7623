package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programoffice.core.milestone.Milestone;

/**
 * A program milestone: {@code {"id","name","description","targetDate","scope","owner","position","version",
 * "canEdit"}}; {@code targetDate} is ISO-8601 ({@code 2027-03-31}), {@code version} the one to send back to update,
 * {@code canEdit} whether the caller may change or delete it. Computed fields (progress, forecast, RAG) are not part
 * of this stored form.
 */
@JsonPropertyOrder({"id", "name", "description", "targetDate", "scope", "owner", "position", "version", "canEdit"})
public record MilestoneDto(long id, String name, String description, String targetDate, MilestoneScopeDto scope,
                           String owner, int position, int version, boolean canEdit) {
    public static MilestoneDto of(Milestone m, boolean canEdit) {
        return new MilestoneDto(m.id(), m.name(), m.description(), m.targetDate().toString(),
                MilestoneScopeDto.of(m.scope()), m.owner(), m.position(), m.version(), canEdit);
    }
}
