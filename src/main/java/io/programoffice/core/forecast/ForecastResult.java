package io.programoffice.core.forecast;

import io.programoffice.core.validation.Problem;

import java.time.LocalDate;
import java.util.List;

/**
 * A milestone forecast: the 50th, 85th and 95th percentile finish dates and the share of trials finished by the
 * target, with warnings in words (i18n problems); or, when it cannot forecast, no dates and the reason.
 *
 * @param p50               half the trials finished by this date (null when it cannot forecast)
 * @param p85               85% of them by this date
 * @param p95               95% of them by this date
 * @param probabilityOnTime the share of trials finished by the target, 0..1 (NaN without a target or forecast)
 * @param trials            the number of trials run
 * @param warnings          what makes the forecast less certain (a team with few data points, ignored cycles)
 * @param reason            why it cannot forecast, or null
 */
public record ForecastResult(LocalDate p50, LocalDate p85, LocalDate p95, double probabilityOnTime, int trials,
                             List<Problem> warnings, Problem reason) {
    public ForecastResult {
        warnings = List.copyOf(warnings);
    }

    static ForecastResult forecast(LocalDate p50, LocalDate p85, LocalDate p95, double onTime, int trials,
                                   List<Problem> warnings) {
        return new ForecastResult(p50, p85, p95, onTime, trials, warnings, null);
    }

    static ForecastResult cannot(Problem reason) {
        return new ForecastResult(null, null, null, Double.NaN, 0, List.of(), reason);
    }

    /** Whether there is a forecast (else see {@link #reason()}). */
    public boolean forecasted() {
        return reason == null;
    }
}
