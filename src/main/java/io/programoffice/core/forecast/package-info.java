/**
 * Milestone forecasts, host-free (issue 7, in progress): {@link io.programoffice.core.forecast.Throughput} (a team's
 * recent pace per working day over a window), {@link io.programoffice.core.forecast.ForecastWork} (the remaining work
 * and its dependencies) and {@link io.programoffice.core.forecast.MonteCarloForecast} (seeded trials, percentile dates,
 * the chance of finishing by the target; warnings and "cannot forecast" reasons as i18n problems). Time and randomness
 * come from the caller (a {@link java.time.Clock}, a seed). Benchmark: {@code src/jmh} ({@code MonteCarloForecastBenchmark}).
 */
package io.programoffice.core.forecast;
