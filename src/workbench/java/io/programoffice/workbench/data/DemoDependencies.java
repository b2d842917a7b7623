package io.programoffice.workbench.data;

import io.programoffice.core.admin.Actor;
import io.programoffice.core.dependency.Dependencies;
import io.programoffice.core.dependency.DependencyAction;
import io.programoffice.core.dependency.DependencyInput;
import io.programoffice.core.dependency.DependencyView;
import io.programoffice.jira.JiraDependencies;
import io.programoffice.jira.JiraProgramIndex;
import io.programoffice.workbench.host.WbAuthenticationContext;
import io.programoffice.workbench.host.WbUserDirectory;
import java.time.Duration;
import java.util.List;

/**
 * The demo's dependencies in the DEMO program, in every negotiation state, proposed and answered through the plugin's
 * own dependency service as the demo users would (so links, history and audit are real). The waiting issues of the
 * open ones are not done (a dependency into done work is never late or blocked). Alice edits APP and WEB;
 * Bob edits API and DATA (and browses OPS); only the administrator sees SEC. Fixed issues, dates and moves: the same
 * demo every time.
 * <ul>
 *   <li>APP-10 waits on API-10: proposed (in Bob's queue);</li>
 *   <li>WEB-14 waits on API-11: committed, needed by a day long past (late);</li>
 *   <li>APP-15 waits on API-12: declined;</li>
 *   <li>WEB-15 waits on API-13: declined, then escalated to the program owners (admin, alice);</li>
 *   <li>APP-12 waits on API-14: committed, then done;</li>
 *   <li>SEC-10 waits on APP-13: proposed by the administrator (Alice answers it without seeing SEC-10);</li>
 *   <li>DATA-10 waits on OPS-10: proposed by Bob (Alice sees neither end);</li>
 *   <li>a cycle Alice proposed without noticing: WEB-12 waits on APP-14, APP-14 on WEB-13, WEB-13 on WEB-12;</li>
 *   <li>APP-284 waits on WEB-12 (the demo's "Depends" link, adopted): needed by a day long past, on the program's
 *       critical path, so the program suggests it as a risk.</li>
 * </ul>
 */
public final class DemoDependencies {
    /** The Jira links the demo dependencies add (the demo data links none of these pairs). */
    public static final int LINKS = 10;

    private DemoDependencies() {
    }

    /**
     * Waits for the node's program index to hold the demo, then seeds.
     *
     * @throws IllegalStateException when the index is not built within a minute
     */
    public static void seed(JiraDependencies jira, JiraProgramIndex index, WbAuthenticationContext authentication,
                            WbUserDirectory users) throws InterruptedException {
        if (!index.awaitQueued(Duration.ofMinutes(1))) {
            throw new IllegalStateException("The program index did not finish building the demo within a minute");
        }
        Seeder s = new Seeder(jira, authentication, users);
        s.propose("alice", "APP-10", "API-10", "2027-03-31", "Need the order endpoint for the new checkout.");
        DependencyView late = s.propose("alice", "WEB-14", "API-11", "2026-10-30", "Rate limits before launch.");
        s.move("bob", late, DependencyAction.COMMIT, "We'll do it this sprint.");
        DependencyView declined = s.propose("alice", "APP-15", "API-12", "2027-02-15", null);
        s.move("bob", declined, DependencyAction.DECLINE, "No capacity this quarter.");
        DependencyView escalated = s.propose("alice", "WEB-15", "API-13", "2027-01-20", "Blocks the launch.");
        s.move("bob", escalated, DependencyAction.DECLINE, "Not in our plan.");
        s.move("alice", escalated, DependencyAction.ESCALATE, "Launch-critical: please decide.");
        DependencyView done = s.propose("alice", "APP-12", "API-14", "2026-12-18", null);
        s.move("bob", done, DependencyAction.COMMIT, null);
        s.move("bob", done, DependencyAction.DONE, "Shipped.");
        s.propose("admin", "SEC-10", "APP-13", "2027-04-30", "Security review needs the new login screen.");
        s.propose("bob", "DATA-10", "OPS-10", "2027-03-15", "Warehouse cluster first.");
        s.propose("alice", "WEB-12", "APP-14", "2027-02-26", "Cart needs the new price service.");
        s.propose("alice", "APP-14", "WEB-13", "2027-02-19", "Price service reads the web promotions.");
        s.propose("alice", "WEB-13", "WEB-12", "2027-02-12", "Promotions use the cart totals.");
        s.propose("alice", "APP-284", "WEB-12", "Depends", "2026-07-31", "The cart rewrite must land first.");
    }

    private static final class Seeder {
        private final JiraDependencies jira;
        private final Dependencies dependencies;
        private final WbAuthenticationContext authentication;
        private final WbUserDirectory users;

        Seeder(JiraDependencies jira, WbAuthenticationContext authentication, WbUserDirectory users) {
            this.jira = jira;
            this.dependencies = jira.dependencies();
            this.authentication = authentication;
            this.users = users;
        }

        DependencyView propose(String user, String from, String to, String neededBy, String note) {
            return propose(user, from, to, "Blocks", neededBy, note);
        }

        DependencyView propose(String user, String from, String to, String linkType, String neededBy, String note) {
            return as(user, () -> dependencies.create(jira.caller(actor(user)),
                    new DependencyInput(from, to, linkType, neededBy, null, note)));
        }

        void move(String user, DependencyView dependency, DependencyAction action, String note) {
            as(user, () -> {
                var caller = jira.caller(actor(user));
                int version = dependencies.get(caller, dependency.linkId()).record().version();
                return dependencies.transition(caller, dependency.linkId(), action.wireName(), note, version);
            });
        }

        private static Actor actor(String user) {
            return new Actor(user, List.of("admin").contains(user));
        }

        private <T> T as(String user, java.util.function.Supplier<T> work) {
            var before = authentication.use(users.find(user).orElseThrow());
            try {
                return work.get();
            } finally {
                authentication.use(before);
            }
        }
    }
}
