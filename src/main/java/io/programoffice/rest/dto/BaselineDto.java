package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programoffice.core.milestone.BaselineSummary;

/**
 * A baseline as lists show it: {@code {"id","takenAt","takenBy","kind","milestones"}}; {@code takenAt} is ISO-8601,
 * {@code takenBy} null for the weekly job, {@code kind} MANUAL or WEEKLY, {@code milestones} how many it holds.
 */
@JsonPropertyOrder({"id", "takenAt", "takenBy", "kind", "milestones"})
public record BaselineDto(long id, String takenAt, String takenBy, String kind, int milestones) {
    public static BaselineDto of(BaselineSummary b) {
        return new BaselineDto(b.id(), b.takenAt().toString(), b.takenBy(), b.kind().name(), b.milestones());
    }
}
