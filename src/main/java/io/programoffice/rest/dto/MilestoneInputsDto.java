package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programoffice.core.milestone.MilestoneReport;

import java.util.List;

/**
 * What a forecast was made from: {@code {"teams":[...],"unit","windowDays","trials","remaining","dependencies"}}
 * (the teams with open work, what their paces count: {@code ISSUES} or {@code ESTIMATE}, the throughput window in
 * working days, trials run, open issues simulated, dependencies between them).
 */
@JsonPropertyOrder({"teams", "unit", "windowDays", "trials", "remaining", "dependencies"})
public record MilestoneInputsDto(List<String> teams, String unit, int windowDays, int trials, int remaining,
                                 int dependencies) {
    public static MilestoneInputsDto of(MilestoneReport.ForecastInputs in) {
        return new MilestoneInputsDto(in.teams(), in.unit().name(), in.windowDays(), in.trials(), in.remaining(),
                in.dependencies());
    }
}
