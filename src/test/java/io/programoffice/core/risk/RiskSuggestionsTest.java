package io.programoffice.core.risk;

import io.programoffice.core.risk.RiskSuggestions.DependencyFact;
import io.programoffice.core.risk.RiskSuggestions.MilestoneFact;
import io.programoffice.core.risk.RiskSuggestions.WaitingFact;
import io.programoffice.core.validation.Problem;
import io.programoffice.core.validation.ValidationException;
import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class RiskSuggestionsTest {
    private static final LocalDate TODAY = RiskFixtures.TODAY;

    private static List<Suggestion> suggest(List<DependencyFact> d, List<MilestoneFact> m, List<WaitingFact> w,
                                            List<Risk> r) {
        return RiskSuggestions.suggest(d, m, w, r, 10, TODAY);
    }

    @Test
    public void lateDependencies_areSuggested_onlyWhenLateAndOnTheCriticalPath() {
        SplittableRandom r = new SplittableRandom(5);
        List<DependencyFact> facts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            facts.add(new DependencyFact("API-" + i, "WEB-" + i, TODAY.minusDays(r.nextInt(40)), r.nextInt(7) - 3,
                    r.nextBoolean(), "WEB"));
        }
        List<Suggestion> s = suggest(facts, List.of(), List.of(), List.of());
        long expected = facts.stream().filter(f -> f.critical() && f.workingDaysLate() > 0).count();
        assertEquals(expected, s.size());
        assertTrue(expected > 20 && expected < 300);
        for (Suggestion x : s) {
            assertEquals(Suggestion.Kind.LATE_CRITICAL_DEPENDENCY, x.kind());
            DependencyFact f = facts.get(Integer.parseInt(x.subject().substring(x.subject().indexOf('>') + 5)));
            assertTrue(f.critical() && f.workingDaysLate() > 0);
            assertEquals(List.of(f.upstream(), f.dependent()), x.evidenceKeys());
            assertTrue(x.creates());
        }
    }

    @Test
    public void milestones_areSuggested_whenTheirP85IsPastTheTarget() {
        LocalDate target = TODAY.plusDays(30);
        List<MilestoneFact> m = List.of(
                new MilestoneFact(1, "On time", target, target.minusDays(9), target, List.of()),
                new MilestoneFact(2, "At risk", target, target.minusDays(2), target.plusDays(3), List.of("APP-2")),
                new MilestoneFact(3, "Late", target, target.plusDays(5), target.plusDays(12), List.of()),
                new MilestoneFact(4, "No forecast", target, null, null, List.of()));
        List<Suggestion> s = suggest(List.of(), m, List.of(), List.of());
        assertEquals(List.of("milestone-2", "milestone-3"), s.stream().map(Suggestion::subject).toList());
        assertEquals(Integer.valueOf(4), s.get(0).probability());
        assertEquals(Integer.valueOf(5), s.get(1).probability()); // even its P50 is late
        assertEquals("program-office.risk.suggestion.milestone.evidence.p50", s.get(1).evidence().key());
        assertEquals(12L, s.get(1).evidence().arguments().get(3));
        assertEquals(List.of("APP-2"), s.get(0).evidenceKeys()); // the issues on its critical path
    }

    @Test
    public void waitingWork_isSuggestedAsBlocked_onlyAfterMoreThanTheAllowedDays() {
        List<WaitingFact> w = new ArrayList<>();
        for (int days = 0; days <= 20; days++) {
            w.add(new WaitingFact("APP-" + days, "API-" + days, TODAY.minusDays(days), "APP"));
        }
        List<Suggestion> s = suggest(List.of(), List.of(), w, List.of());
        assertEquals(10, s.size()); // 11..20 days
        assertTrue(s.stream().allMatch(x -> Integer.parseInt(x.subject().substring(4, x.subject().indexOf('>'))) > 10));
        assertTrue(s.stream().allMatch(x -> x.subject().endsWith(">API-" + x.subject().substring(4,
                x.subject().indexOf('>')))));
        assertEquals(4, RiskSuggestions.suggest(List.of(), List.of(), w, List.of(), 16, TODAY).size());
        assertThrows(IllegalArgumentException.class,
                () -> RiskSuggestions.suggest(List.of(), List.of(), w, List.of(), 0, TODAY));
    }

    @Test
    public void highRisks_withoutOwnerOrMitigation_areSuggested_andNothingElse() {
        List<Risk> risks = RiskFixtures.drawn(9, 800);
        List<Suggestion> s = suggest(List.of(), List.of(), List.of(), risks);
        List<String> expected = risks.stream().filter(r -> r.open() && r.residualScore() != null
                && r.residualScore() >= 15 && (r.owner() == null || !r.mitigated())).map(Risk::key).sorted().toList();
        assertEquals(expected, s.stream().map(Suggestion::subject).sorted().toList());
        assertTrue(expected.size() > 10);
        for (Suggestion x : s) {
            assertTrue(!x.creates() && x.probability() == null);
        }
    }

    @Test
    public void everySuggestionsWords_existInTheBundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/program-office.properties")) {
            bundle.load(in);
        }
        List<Suggestion> all = new ArrayList<>(suggest(
                List.of(new DependencyFact("API-1", "WEB-1", TODAY, 3, true, "WEB")),
                List.of(new MilestoneFact(1, "M", TODAY, TODAY.plusDays(1), TODAY.plusDays(2), List.of()),
                        new MilestoneFact(2, "N", TODAY, TODAY, TODAY.plusDays(2), List.of())),
                List.of(new WaitingFact("APP-1", "API-1", TODAY.minusDays(30), "APP")), List.of()));
        for (String owner : new String[] {null, "alice"}) {
            for (boolean mitigated : new boolean[] {false, true}) {
                all.addAll(suggest(List.of(), List.of(), List.of(), List.of(
                        new Risk("R-1", "r", null, 5, 5, null, null, Roam.OWNED, owner, null, mitigated, false))));
            }
        }
        assertEquals(7, all.size()); // the owned and mitigated high risk suggests nothing
        for (Suggestion s : all) {
            for (Problem p : List.of(s.title(), s.evidence())) {
                assertTrue(p.key(), bundle.containsKey(p.key()));
            }
        }
    }

    @Test
    public void aDismissal_holdsWhileTheEvidenceIsTheSame_andNeedsAReason() {
        DependencyFact late = new DependencyFact("API-1", "WEB-1", TODAY.minusDays(5), 3, true, "WEB");
        Suggestion s = suggest(List.of(late), List.of(), List.of(), List.of()).get(0);
        Dismissal d = Dismissal.of(s, "alice", "  Covered by the API re-plan  ", Instant.parse("2027-03-01T10:00:00Z"));
        assertEquals("Covered by the API re-plan", d.reason());
        assertEquals("alice", d.user());
        assertTrue(Dismissal.visible(suggest(List.of(late), List.of(), List.of(), List.of()), List.of(d)).isEmpty());
        // a day later it is one more day late: same evidence that matters
        DependencyFact later = new DependencyFact("API-1", "WEB-1", TODAY.minusDays(5), 4, true, "WEB");
        assertTrue(Dismissal.visible(suggest(List.of(later), List.of(), List.of(), List.of()), List.of(d)).isEmpty());
        // the needed-by date moved: new evidence, so it comes back
        DependencyFact moved = new DependencyFact("API-1", "WEB-1", TODAY.minusDays(1), 1, true, "WEB");
        assertEquals(1, Dismissal.visible(suggest(List.of(moved), List.of(), List.of(), List.of()), List.of(d)).size());
        ValidationException missing = assertThrows(ValidationException.class,
                () -> Dismissal.of(s, "alice", "   ", Instant.EPOCH));
        assertEquals("program-office.risk.dismissal.reason.missing", missing.fieldProblems().get("reason").key());
        ValidationException tooLong = assertThrows(ValidationException.class,
                () -> Dismissal.of(s, "alice", "x".repeat(1_001), Instant.EPOCH));
        assertEquals("program-office.risk.dismissal.reason.long", tooLong.fieldProblems().get("reason").key());
        assertEquals(List.of(s), Dismissal.visible(List.of(s), List.of()));
    }
}
