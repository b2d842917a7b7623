package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programoffice.core.forecast.ForecastResult;

/**
 * A milestone forecast: {@code {"p50","p85","p95","probabilityOnTime"}}, dates in ISO-8601, the probability 0..1 of
 * finishing by the target.
 */
@JsonPropertyOrder({"p50", "p85", "p95", "probabilityOnTime"})
public record MilestoneForecastDto(String p50, String p85, String p95, double probabilityOnTime) {
    /** The forecast, or null when there is none (nothing open, or it cannot forecast: the reasons say why). */
    public static MilestoneForecastDto of(ForecastResult f) {
        if (f == null || !f.forecasted()) {
            return null;
        }
        return new MilestoneForecastDto(f.p50().toString(), f.p85().toString(), f.p95().toString(),
                f.probabilityOnTime());
    }
}
