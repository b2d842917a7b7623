package io.programoffice.core.dependency;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.Test;

public class NegotiationTest {
    /**
     * The legal moves as a table: from-state (none = no state), move, roles that may make it (D downstream side,
     * U upstream side, O program owner), and the condition (- always, overdue, upstreamDone). "open" is every state
     * but done, including none.
     */
    private static final List<String> LEGAL = List.of(
            "none      propose  D   -",
            "declined  propose  D   -",
            "proposed  commit   U   -",
            "proposed  decline  U   -",
            "proposed  escalate DO  overdue",
            "declined  escalate DO  -",
            "escalated commit   UO  -",
            "escalated decline  O   -",
            "committed done     U   -",
            "open      done     DUO upstreamDone");

    private static final List<String> STATES = List.of("none", "proposed", "committed", "declined", "escalated", "done");

    private static boolean expected(String state, DependencyAction action, Party party, Negotiation.Facts facts) {
        for (String row : LEGAL) {
            String[] c = row.trim().split("\\s+");
            boolean stateMatches = c[0].equals(state) || c[0].equals("open") && !state.equals("done");
            boolean role = c[2].contains("D") && party.downstream() || c[2].contains("U") && party.upstream()
                    || c[2].contains("O") && party.programOwner();
            boolean condition = switch (c[3]) {
                case "overdue" -> facts.overdueUnanswered();
                case "upstreamDone" -> facts.upstreamDone();
                default -> true;
            };
            if (stateMatches && c[1].equals(action.wireName()) && role && condition) {
                return true;
            }
        }
        return false;
    }

    private static DependencyState state(String name) {
        return name.equals("none") ? null : DependencyState.parse(name).orElseThrow();
    }

    @Test
    public void allowed_matchesTheTable_forEveryStateMovePartyAndFacts() {
        List<String> mismatches = new ArrayList<>();
        int legal = 0;
        int cases = 0;
        for (String s : STATES) {
            for (DependencyAction a : DependencyAction.values()) {
                for (int roles = 0; roles < 8; roles++) {
                    Party party = new Party((roles & 1) != 0, (roles & 2) != 0, (roles & 4) != 0);
                    for (int f = 0; f < 4; f++) {
                        Negotiation.Facts facts = new Negotiation.Facts((f & 1) != 0, (f & 2) != 0);
                        boolean want = expected(s, a, party, facts);
                        cases++;
                        legal += want ? 1 : 0;
                        if (Negotiation.allowed(state(s), a, party, facts) != want) {
                            mismatches.add(s + " " + a + " " + party + " " + facts + " expected " + want);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), mismatches);
        assertEquals(6 * 5 * 8 * 4, cases);
        assertTrue("the table allows some moves and refuses others: " + legal, legal > 0 && legal < cases);
    }

    @Test
    public void allowed_refusesEveryMove_whenDone() {
        Party everyone = new Party(true, true, true);
        for (DependencyAction a : DependencyAction.values()) {
            assertFalse(a.name(), Negotiation.allowed(DependencyState.DONE, a, everyone, new Negotiation.Facts(true, true)));
        }
    }

    @Test
    public void allowed_refusesEveryMove_forSomeoneWithNoRole() {
        for (String s : STATES) {
            assertEquals(s, Set.of(), Negotiation.allowedActions(state(s), Party.NONE, new Negotiation.Facts(true, true)));
        }
    }

    @Test
    public void allowedActions_upstreamSideAnswersAProposal_withCommitOrDecline() {
        assertEquals(EnumSet.of(DependencyAction.COMMIT, DependencyAction.DECLINE),
                Negotiation.allowedActions(DependencyState.PROPOSED, new Party(false, true, false),
                        Negotiation.Facts.NONE));
    }

    @Test
    public void allowed_downstreamCannotCommitItsOwnRequest_norEscalateAFreshProposal() {
        Party downstream = new Party(true, false, false);
        assertFalse(Negotiation.allowed(DependencyState.PROPOSED, DependencyAction.COMMIT, downstream,
                Negotiation.Facts.NONE));
        assertFalse(Negotiation.allowed(DependencyState.PROPOSED, DependencyAction.ESCALATE, downstream,
                Negotiation.Facts.NONE));
        assertTrue(Negotiation.allowed(DependencyState.PROPOSED, DependencyAction.ESCALATE, downstream,
                new Negotiation.Facts(true, false)));
    }

    @Test
    public void allowed_programOwnerDecidesAnEscalation_butCannotPropose() {
        Party owner = new Party(false, false, true);
        assertEquals(EnumSet.of(DependencyAction.COMMIT, DependencyAction.DECLINE),
                Negotiation.allowedActions(DependencyState.ESCALATED, owner, Negotiation.Facts.NONE));
        assertFalse(Negotiation.allowed(null, DependencyAction.PROPOSE, owner, Negotiation.Facts.NONE));
    }

    @Test
    public void overdueUnanswered_whenNeededByPassed_orProposedLongerThanTheAnswerTime() {
        Instant now = Instant.parse("2027-03-10T12:00:00Z");
        LocalDate today = LocalDate.parse("2027-03-10");
        Instant fresh = now.minusSeconds(3600);
        Instant old = now.minus(Negotiation.ANSWER_WITHIN).minusSeconds(1);
        assertFalse(Negotiation.overdueUnanswered(DependencyState.PROPOSED, fresh, today, now, today));
        assertTrue(Negotiation.overdueUnanswered(DependencyState.PROPOSED, fresh, today.minusDays(1), now, today));
        assertTrue(Negotiation.overdueUnanswered(DependencyState.PROPOSED, old, null, now, today));
        assertFalse(Negotiation.overdueUnanswered(DependencyState.COMMITTED, old, today.minusDays(1), now, today));
    }

    @Test
    public void wireNames_roundTrip() {
        for (DependencyAction a : DependencyAction.values()) {
            assertEquals(a, DependencyAction.parse(a.wireName()).orElseThrow());
        }
        for (DependencyState s : DependencyState.values()) {
            assertEquals(s, DependencyState.parse(s.wireName()).orElseThrow());
        }
        assertTrue(DependencyAction.parse("approve").isEmpty());
        assertEquals(List.of("on-track", "at-risk", "late", "blocked"),
                Arrays.stream(DependencyHealth.values()).map(DependencyHealth::wireName).toList());
    }
}
