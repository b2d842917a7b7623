package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programoffice.jira.JiraMilestoneReports;
import io.programoffice.core.milestone.Milestone;
import io.programoffice.core.milestone.MilestoneReport;

import java.util.List;

/**
 * A milestone with what is computed of it for the caller: the stored fields of {@link MilestoneDto}, then
 * {@code "issues","done","percentComplete","estimateTotal","estimateDone"} over the issues of its scope the caller may
 * browse, {@code "scopeChange"} since the program's newest baseline ({@link ScopeChangeDto}, null without one),
 * {@code "forecast"} ({@link MilestoneForecastDto}; null when nothing is open or it cannot forecast, with a
 * reason), {@code "forecastInputs"}, {@code "rag"} ({@code GREEN}, {@code AMBER}, {@code RED}), {@code "reasons"} (in
 * the caller's language, most serious first), {@code "burnup"} (weekly points) and {@code "critical"} (the keys of
 * the issues on its critical path).
 */
@JsonPropertyOrder({"id", "name", "description", "targetDate", "scope", "owner", "position", "version", "canEdit",
        "issues", "done", "percentComplete", "estimateTotal", "estimateDone", "scopeChange", "forecast",
        "forecastInputs", "rag", "reasons", "burnup", "critical"})
public record MilestoneStatusDto(long id, String name, String description, String targetDate,
                                 MilestoneScopeDto scope, String owner, int position, int version, boolean canEdit,
                                 int issues, int done, double percentComplete, double estimateTotal,
                                 double estimateDone, ScopeChangeDto scopeChange, MilestoneForecastDto forecast,
                                 MilestoneInputsDto forecastInputs,
                                 String rag, List<String> reasons, List<BurnupPointDto> burnup,
                                 List<String> critical) {
    /** The milestone and its report; {@code reasons} already in the caller's language. */
    public static MilestoneStatusDto of(JiraMilestoneReports.Reported r, boolean canEdit, List<String> reasons) {
        MilestoneReport report = r.report();
        Milestone m = report.milestone();
        return new MilestoneStatusDto(m.id(), m.name(), m.description(), m.targetDate().toString(),
                MilestoneScopeDto.of(m.scope()), m.owner(), m.position(), m.version(), canEdit, report.issues(),
                report.done(), Math.round(report.percentComplete() * 10) / 10.0, report.estimateTotal(),
                report.estimateDone(), ScopeChangeDto.of(report.scopeChange()), MilestoneForecastDto.of(report.forecast()),
                MilestoneInputsDto.of(report.inputs()), report.rag().name(), reasons,
                r.burnup().points().stream().map(BurnupPointDto::of).toList(), List.copyOf(r.critical()));
    }
}
