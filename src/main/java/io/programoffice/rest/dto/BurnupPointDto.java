package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programoffice.core.milestone.Burnup;

/** One point of a burnup: {@code {"date","scope","done"}}. */
@JsonPropertyOrder({"date", "scope", "done"})
public record BurnupPointDto(String date, int scope, int done) {
    public static BurnupPointDto of(Burnup.Point p) {
        return new BurnupPointDto(p.date().toString(), p.scope(), p.done());
    }
}
