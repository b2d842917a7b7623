package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programoffice.core.forecast.ForecastResult;
import io.programoffice.core.milestone.Milestone;
import io.programoffice.core.program.Program;
import io.programoffice.jira.JiraMilestoneReports;

/**
 * A milestone an issue feeds, as the issue view's panel shows it:
 * {@code {"programKey","programName","milestoneId","name","targetDate","rag","p85","probabilityOnTime","critical",
 * "reason"}}: dates in ISO-8601; {@code p85} and {@code probabilityOnTime} (0..1) null without a forecast;
 * {@code critical} whether the issue is on the milestone's critical path; {@code reason} the most serious reason for
 * the status, in the caller's language (null when there is none).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"programKey", "programName", "milestoneId", "name", "targetDate", "rag", "p85",
        "probabilityOnTime", "critical", "reason"})
public record IssueMilestoneDto(String programKey, String programName, long milestoneId, String name,
                               String targetDate, String rag, String p85, Double probabilityOnTime, boolean critical,
                               String reason) {
    /** The milestone of {@code program} reported in {@code r}, for {@code issueKey}; {@code reason} already in words. */
    public static IssueMilestoneDto of(Program program, JiraMilestoneReports.Reported r, String issueKey,
                                       String reason) {
        Milestone m = r.report().milestone();
        ForecastResult f = r.report().forecast();
        boolean forecasted = f != null && f.forecasted();
        return new IssueMilestoneDto(program.key(), program.name(), m.id(), m.name(), m.targetDate().toString(),
                r.report().rag().name(), forecasted ? f.p85().toString() : null,
                forecasted && !Double.isNaN(f.probabilityOnTime()) ? f.probabilityOnTime() : null,
                r.critical().contains(issueKey), reason);
    }
}
