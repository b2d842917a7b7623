package io.programoffice.workbench.data;

import io.programoffice.core.program.Program;
import io.programoffice.core.risk.ProgramRisks;
import io.programoffice.core.risk.Risk;
import io.programoffice.core.risk.RiskSnapshot;
import io.programoffice.core.risk.RiskSnapshotStore;
import io.programoffice.core.risk.RiskTrend;
import io.programoffice.workbench.host.WbIssueStore;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's weekly risk snapshots of the weeks before the first start, so the trend has a past: each week replays
 * the demo risks as they stood then by their own dates (a risk resolved since was still open, before its resolution,
 * with the score it has now). Snapshots the weekly job takes from then on are real.
 */
public final class DemoRiskHistory {
    /** Weeks of history before this week. */
    public static final int WEEKS = 8;

    private DemoRiskHistory() {
    }

    /**
     * Keeps the snapshots of the {@value #WEEKS} weeks before the week of {@code now}.
     *
     * @param found all of the program's risks now, with their security levels
     */
    public static void seed(Program program, ProgramRisks.Found found, WbIssueStore issues, RiskSnapshotStore store,
                            Instant now) {
        LocalDate thisWeek = RiskSnapshot.weekOf(now);
        java.util.Map<String, Timestamp> resolvedAt = new java.util.HashMap<>();
        for (Risk r : found.risks()) {
            Timestamp resolved = r.done() ? issues.byKey(r.key()).getResolutionDate() : null;
            if (resolved != null) {
                resolvedAt.put(r.key(), resolved);
            }
        }
        for (int w = WEEKS; w >= 1; w--) {
            LocalDate week = thisWeek.minusWeeks(w);
            Instant at = week.plusDays(1).atTime(2, 0).toInstant(ZoneOffset.UTC);
            List<Risk> then = new ArrayList<>();
            for (Risk r : found.risks()) {
                Timestamp resolved = resolvedAt.get(r.key());
                if (resolved != null && resolved.toInstant().isAfter(at)) {
                    then.add(new Risk(r.key(), r.summary(), r.team(), r.probability(), r.impact(),
                            r.residualProbability(), r.residualImpact(), io.programoffice.core.risk.Roam.OWNED,
                            r.owner(), r.due(), r.mitigated(), false));
                } else {
                    then.add(r);
                }
            }
            if (!store.hasWeek(program.key(), week)) {
                store.add(RiskTrend.snapshot(program.key(), program.projectKeys(),
                        new ProgramRisks.Found(then, found.ids(), found.levels()), at));
            }
        }
    }
}
