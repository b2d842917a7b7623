package io.programoffice.core.analysis;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.Test;

/** The analysis against {@link ReferenceAnalysis} on random small graphs with cycles, done work and calendars. */
public class DependencyAnalysisPropertyTest {
    private static final int SEEDS = 400;

    @Test
    public void analyze_matchesTheReference_onRandomGraphs() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            SplittableRandom r = new SplittableRandom(seed * 7919);
            int n = 1 + r.nextInt(12);
            DependencyGraph g = RandomGraphs.small(seed, n, r.nextInt(2 * n + 1));
            DependencyAnalysis a = DependencyAnalysis.analyze(g);
            ReferenceAnalysis ref = new ReferenceAnalysis(g);
            String at = "seed " + seed;
            for (int u = 0; u < n; u++) {
                assertEquals(at + " ES " + u, ref.earlyStart(u), a.earlyStart(u));
                assertEquals(at + " EF " + u, ref.earlyFinish(u), a.earlyFinish(u));
                assertEquals(at + " LF " + u, ref.lateFinish(u), a.lateFinish(u));
                assertEquals(at + " TF " + u, ref.totalFloat(u), a.totalFloat(u));
                assertTrue(at + " float is never negative", a.totalFloat(u) >= 0);
                assertEquals(at + " FF " + u, ref.freeFloat(u), a.freeFloat(u));
                assertEquals(at + " critical " + u, ref.critical(u), a.isCritical(u));
                for (int v = 0; v < n; v++) {
                    assertEquals(at + " same component " + u + "," + v, ref.comp[u] == ref.comp[v],
                            a.condensation().componentOf(u) == a.condensation().componentOf(v));
                }
            }
            AnalysisSummary s = a.summary();
            assertEquals(at, ref.cycles(), s.cycles());
            assertEquals(at, ref.largestCycle(), s.largestCycle());
            assertEquals(at, ref.longestChain(), s.longestChain());
            assertEquals(at, ref.crossProject(), s.crossProject());
            Set<String> late = new HashSet<>();
            for (LateDependency d : s.late()) {
                late.add(d.upstreamKey() + ">" + d.dependentKey() + ":" + d.kind() + " " + d.expectedFinish() + " " + d.neededBy() + " "
                        + d.daysLate());
            }
            assertEquals(at, ref.late(), late);
            assertEquals(at, s.late().size(), late.size());
            for (int u = 0; u < n; u++) {
                assertEquals(at + " date " + u, ref.date(a.earlyStart(u)), a.earlyStartDate(u));
            }
        }
    }

    @Test
    public void condensation_ordersEveryDependencyBetweenComponentsForward() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            DependencyGraph g = RandomGraphs.small(seed, 14, 30);
            Condensation c = DependencyAnalysis.analyze(g).condensation();
            int members = 0;
            for (int k = 0; k < c.count(); k++) {
                members += c.size(k);
                for (int i = 0; i < c.size(k); i++) {
                    assertEquals(k, c.componentOf(c.member(k, i)));
                }
            }
            assertEquals(g.size(), members);
            for (int u = 0; u < g.size(); u++) {
                for (int e = g.firstEdge(u); e < g.firstEdge(u + 1); e++) {
                    int from = c.componentOf(u);
                    int to = c.componentOf(g.target(e));
                    assertTrue("seed " + seed, from <= to);
                }
            }
        }
    }

    @Test
    public void slip_andWithRemaining_matchTheReferenceWithLongerWork() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            SplittableRandom r = new SplittableRandom(seed * 31);
            int n = 2 + r.nextInt(11);
            DependencyGraph g = RandomGraphs.small(seed, n, r.nextInt(2 * n + 1));
            DependencyAnalysis a = DependencyAnalysis.analyze(g);
            int x = r.nextInt(n);
            if (g.isDone(x)) {
                continue;
            }
            int days = r.nextInt(6);
            ReferenceAnalysis before = new ReferenceAnalysis(g);
            ReferenceAnalysis after = new ReferenceAnalysis(g, x, days, before.earlyStart(x));
            SlipImpact impact = a.slip(x, days);
            List<String> expected = new ArrayList<>();
            for (int u = 0; u < n; u++) {
                int moved = after.earlyFinish(u) - before.earlyFinish(u);
                if (u != x && moved > 0) {
                    expected.add(g.key(u) + "+" + moved);
                }
            }
            List<String> actual = new ArrayList<>();
            impact.moves().forEach(m -> actual.add(m.key() + "+" + m.days()));
            assertEquals("seed " + seed, Set.copyOf(expected), Set.copyOf(actual));
            assertEquals("seed " + seed, expected.size(), actual.size());
            assertEquals("seed " + seed, after.finish - before.finish, impact.projectFinishDays());

            // re-analysis, growing then shrinking, equals a fresh analysis
            for (int newDays : new int[] {g.remaining(x) + days, r.nextInt(g.remaining(x) + 1)}) {
                DependencyAnalysis changed = a.withRemaining(x, newDays);
                DependencyAnalysis fresh = DependencyAnalysis.analyze(g.withRemaining(x, newDays));
                for (int u = 0; u < n; u++) {
                    assertEquals("seed " + seed, fresh.earlyStart(u), changed.earlyStart(u));
                    assertEquals("seed " + seed, fresh.lateFinish(u), changed.lateFinish(u));
                    assertEquals("seed " + seed, fresh.freeFloat(u), changed.freeFloat(u));
                }
                assertEquals("seed " + seed, fresh.summary(), changed.summary());
            }
        }
    }

    @Test
    public void withRemaining_equalsAFreshAnalysis_onProgramLikeGraphs() {
        for (long seed = 1; seed <= 5; seed++) {
            DependencyGraph g = RandomGraphs.program(seed, 3_000, 7_500);
            DependencyAnalysis a = DependencyAnalysis.analyze(g);
            SplittableRandom r = new SplittableRandom(seed);
            for (int change = 0; change < 20; change++) {
                int x = r.nextInt(g.size());
                if (a.graph().isDone(x)) {
                    continue;
                }
                a = a.withRemaining(x, r.nextInt(15));
                DependencyAnalysis fresh = DependencyAnalysis.analyze(a.graph());
                assertEquals("seed " + seed + " change " + change, fresh.summary(), a.summary());
                assertEquals(fresh.schedule().finish(), a.schedule().finish());
                for (int u = 0; u < g.size(); u++) {
                    assertEquals("seed " + seed + " change " + change, fresh.earlyStart(u), a.earlyStart(u));
                    assertEquals("seed " + seed + " change " + change, fresh.lateFinish(u), a.lateFinish(u));
                }
            }
        }
    }

    @Test
    public void analysis_doesNotDependOnHowIssuesAreNumbered() {
        for (long seed = 1; seed <= 3; seed++) {
            DependencyGraph g = RandomGraphs.program(seed, 3_000, 7_500);
            DependencyGraph shuffled = RandomGraphs.renumbered(g, seed);
            DependencyAnalysis a = DependencyAnalysis.analyze(g);
            DependencyAnalysis b = DependencyAnalysis.analyze(shuffled);
            assertEquals("seed " + seed, a.summary().late().size(), b.summary().late().size());
            assertEquals("seed " + seed, a.schedule().finish(), b.schedule().finish());
            assertEquals("seed " + seed, a.summary().dependencies(), b.summary().dependencies());
            assertEquals("seed " + seed, a.summary().cycles(), b.summary().cycles());
            assertEquals("seed " + seed, a.summary().longestChain(), b.summary().longestChain());
            assertEquals("seed " + seed, Set.copyOf(a.criticalPath()), Set.copyOf(b.criticalPath()));
            java.util.Map<String, Integer> starts = new java.util.HashMap<>();
            for (int u = 0; u < g.size(); u++) {
                starts.put(g.key(u), a.earlyStart(u) * 100_000 + a.lateFinish(u));
            }
            for (int u = 0; u < shuffled.size(); u++) {
                assertEquals(shuffled.key(u), starts.get(shuffled.key(u)),
                        Integer.valueOf(b.earlyStart(u) * 100_000 + b.lateFinish(u)));
            }
        }
    }

    @Test
    public void criticalChains_runAlongCriticalIssues_fromStartToProjectFinish() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            DependencyGraph g = RandomGraphs.small(seed, 10, 14);
            DependencyAnalysis a = DependencyAnalysis.analyze(g);
            Set<String> critical = new HashSet<>(a.criticalPath());
            Set<String> covered = new HashSet<>();
            for (List<String> chain : a.criticalChains()) {
                covered.addAll(chain);
                String last = chain.get(chain.size() - 1);
                int node = indexOf(g, last);
                assertEquals("seed " + seed, a.schedule().finish(), a.earlyFinish(node));
            }
            assertTrue("seed " + seed, critical.containsAll(covered));
            assertEquals("seed " + seed, critical, covered);
        }
    }

    private static int indexOf(DependencyGraph g, String key) {
        for (int u = 0; u < g.size(); u++) {
            if (g.key(u).equals(key)) {
                return u;
            }
        }
        throw new AssertionError(key);
    }
}
