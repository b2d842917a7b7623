package io.programoffice.workbench.data;

import io.programoffice.core.admin.Actor;
import io.programoffice.core.milestone.MilestoneInput;
import io.programoffice.core.milestone.Milestones;
import io.programoffice.core.program.Program;
import io.programoffice.jira.Administration;
import io.programoffice.jira.JiraMilestones;
import io.programoffice.workbench.Workbench;
import io.programoffice.workbench.host.WbAuthenticationContext;
import io.programoffice.workbench.host.WbUserDirectory;
import java.util.List;

/**
 * The demo's milestones in the DEMO program, created through the plugin's own milestone rules as the program owner
 * Alice would (so they are validated like any other), one of each scope kind, spread so that a forecast can tell them
 * apart by the work left and the time to the target (the demo's versions: 2026.Q3 released 25 Aug 2026, 2026.Q4
 * 24 Nov 2026, 2027.Q1 23 Feb 2027, 2027.Q2 25 May 2027, the later two drifting by team; none of the 2027 issues is
 * done):
 * <ul>
 *   <li>"Beta", 26 Feb 2027: every issue of fix version 2027.Q1 (620 open, about 100 a team), a large scope with an
 *   early target (meant to be late);</li>
 *   <li>"Partner pilot", 31 Mar 2027: six chosen APP, WEB and API issues (four open), a small scope with months to go
 *   (meant to be on track);</li>
 *   <li>"Public launch", 30 Apr 2027: the APP, WEB and API issues of fix version 2027.Q2 (JQL; 154 open, about 50 a
 *   team), a month before that version's planned release (meant to be at risk).</li>
 * </ul>
 * Needs the program index to hold the demo (run after {@link DemoDependencies#seed}). The same demo every time.
 */
public final class DemoMilestones {
    /** How many milestones the demo adds. */
    public static final int MILESTONES = 3;

    private DemoMilestones() {
    }

    /** Seeds the milestones as Alice, an owner of the DEMO program. */
    public static void seed(JiraMilestones jira, Administration administration,
                            WbAuthenticationContext authentication, WbUserDirectory users) {
        var before = authentication.use(users.find("alice").orElseThrow());
        try {
            Actor alice = new Actor("alice", false);
            Milestones milestones = jira.milestones();
            Program demo = administration.programs().get(Workbench.DEMO_PROGRAM);
            milestones.create(alice, demo, new MilestoneInput("Beta",
                    "Every team's 2027.Q1 release is in, for the beta customers.", "2027-02-26", "FIX_VERSION",
                    "2027.Q1", null, "alice", null, null));
            milestones.create(alice, demo, new MilestoneInput("Partner pilot",
                    "A first partner runs checkout on the new platform with the chosen issues done.", "2027-03-31",
                    "ISSUES", null, List.of("APP-20", "APP-21", "APP-22", "WEB-20", "WEB-21", "API-20"), "alice",
                    null, null));
            milestones.create(alice, demo, new MilestoneInput("Public launch",
                    "The new checkout is open to everyone: the mobile, web and API work of 2027.Q2.", "2027-04-30",
                    "JQL", "fixVersion = \"2027.Q2\" AND project in (APP, WEB, API)", null, "admin", null, null));
        } finally {
            authentication.use(before);
        }
    }
}
