package io.programoffice.core.milestone;

import io.programoffice.core.forecast.ForecastResult;
import io.programoffice.core.validation.Problem;

import java.util.List;

/**
 * A milestone as its program page shows it: progress over the issues of its scope the viewer may browse, the
 * forecast of its remaining work, and its status with the reasons in words. Immutable.
 *
 * @param milestone       the milestone
 * @param issues          issues in scope
 * @param done            of those, done
 * @param estimateTotal   the sum of their estimates (unestimated count as 0)
 * @param estimateDone    the sum of the done ones' estimates
 * @param percentComplete done share, 0..100: by estimate when every issue in scope has one, else by count
 * @param scopeChange     the change of scope since the program's newest baseline, or null without one
 * @param forecast        the forecast (its {@link ForecastResult#reason()} says why when it cannot forecast), or
 *                        null when nothing in scope is open
 * @param inputs          what the forecast was made from
 * @param rag             the status
 * @param reasons         why the status is what it is, most serious first
 */
public record MilestoneReport(Milestone milestone, int issues, int done, double estimateTotal, double estimateDone,
                              double percentComplete, ScopeChange scopeChange, ForecastResult forecast,
                              ForecastInputs inputs, Rag rag,
                              List<Problem> reasons) {
    public MilestoneReport {
        reasons = List.copyOf(reasons);
    }

    /**
     * What a forecast was made from, to show beside it.
     *
     * @param teams        the teams with remaining work, by name
     * @param unit         what the teams' paces and the issues' sizes count
     * @param windowDays   the throughput window in working days
     * @param trials       the number of trials
     * @param remaining    open issues simulated (in scope and upstream of it)
     * @param dependencies dependencies between them taken into account
     */
    public record ForecastInputs(List<String> teams, MilestoneReporter.Unit unit, int windowDays, int trials,
                                 int remaining, int dependencies) {
        public ForecastInputs {
            teams = List.copyOf(teams);
        }
    }
}
