package io.programoffice.workbench.data;

import io.programoffice.core.admin.Actor;
import io.programoffice.core.forecast.ForecastResult;
import io.programoffice.core.milestone.Milestone;
import io.programoffice.core.milestone.MilestoneInput;
import io.programoffice.core.milestone.MilestoneReporter;
import io.programoffice.core.milestone.Milestones;
import io.programoffice.core.program.Program;
import io.programoffice.jira.Administration;
import io.programoffice.jira.JiraMilestoneReports;
import io.programoffice.jira.JiraMilestones;
import io.programoffice.workbench.Workbench;
import io.programoffice.workbench.host.WbAuthenticationContext;
import io.programoffice.workbench.host.WbUserDirectory;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo's milestones in the DEMO program, created through the plugin's own milestone rules as the program owner
 * Alice would (so they are validated like any other), one of each scope kind:
 * <ul>
 *   <li>"Beta": every issue of fix version 2027.Q1 (620 open, about 100 a team), a large scope, its target set
 *   before its forecast's P50 (so it shows late);</li>
 *   <li>"Partner pilot": six chosen APP, WEB and API issues (four open), a small scope, its target set well after
 *   its forecast's P95 (on track);</li>
 *   <li>"Public launch": the APP, WEB and API issues of fix version 2027.Q2 (JQL; 154 open, about 50 a team), its
 *   target set between its forecast's P50 and P85 (at risk).</li>
 * </ul>
 * The demo's done issues were resolved in the weeks before the day it was seeded ({@link DemoData#seed}), so the
 * forecasts run from that day, and the targets are set from them then: the demo shows each status whatever the day.
 * Needs the program index to hold the demo (run after {@link DemoDependencies#seed}).
 */
public final class DemoMilestones {
    /** How many milestones the demo adds. */
    public static final int MILESTONES = 3;

    private DemoMilestones() {
    }

    /** Seeds the milestones as Alice, an owner of the DEMO program. */
    public static void seed(JiraMilestones jira, JiraMilestoneReports reports, Administration administration,
                            WbAuthenticationContext authentication, WbUserDirectory users) {
        var before = authentication.use(users.find("alice").orElseThrow());
        try {
            Actor alice = new Actor("alice", false);
            Milestones milestones = jira.milestones();
            Program demo = administration.programs().get(Workbench.DEMO_PROGRAM);
            String later = LocalDate.now().plusYears(1).toString(); // until the forecasts say better
            milestones.create(alice, demo, new MilestoneInput("Beta",
                    "Every team's 2027.Q1 release is in, for the beta customers.", later, "FIX_VERSION",
                    "2027.Q1", null, "alice", null, null));
            milestones.create(alice, demo, new MilestoneInput("Partner pilot",
                    "A first partner runs checkout on the new platform with the chosen issues done.", later,
                    "ISSUES", null, List.of("APP-20", "APP-21", "APP-22", "WEB-20", "WEB-21", "API-20"), "alice",
                    null, null));
            milestones.create(alice, demo, new MilestoneInput("Public launch",
                    "The new checkout is open to everyone: the mobile, web and API work of 2027.Q2.", later,
                    "JQL", "fixVersion = \"2027.Q2\" AND project in (APP, WEB, API)", null, "admin", null, null));
            for (JiraMilestoneReports.Reported r : reports.reports(demo, milestones.list(demo),
                    MilestoneReporter.DEFAULT_WINDOW, MilestoneReporter.DEFAULT_TRIALS)) {
                Milestone m = r.report().milestone();
                ForecastResult f = r.report().forecast();
                if (f == null || !f.forecasted()) {
                    continue;
                }
                LocalDate target = switch (m.name()) {
                    case "Beta" -> max(f.p50().minusDays(10), LocalDate.now().plusDays(7));
                    case "Partner pilot" -> f.p95().plusDays(21);
                    default -> f.p50().plusDays(Math.max(1, (f.p85().toEpochDay() - f.p50().toEpochDay()) / 2));
                };
                milestones.update(alice, demo, m.id(), new MilestoneInput(m.name(), m.description(),
                        target.toString(), m.scope().kind().name(), m.scope().text(), m.scope().issueKeys(),
                        m.owner(), m.position(), m.version()));
            }
        } finally {
            authentication.use(before);
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
