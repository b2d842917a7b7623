package io.programoffice.core.analysis;

import static org.junit.Assert.assertEquals;

import io.programoffice.core.scheme.DependencyKind;
import io.programoffice.core.scheme.WorkingCalendar;
import org.junit.Test;

/** 100,000 issues in one chain or one ring: nothing recurses, so the default thread stack is enough. */
public class StackSafetyTest {
    private static final int N = 100_000;

    private static DependencyGraph chain(boolean ring) {
        DependencyGraph.Builder b = DependencyGraph.builder(WorkingCalendar.WEEKDAYS, Graphs.MONDAY);
        for (int i = 0; i < N; i++) {
            b.addIssue(i, "C-" + i, "C", 1, false, null, null);
        }
        for (int i = 0; i + 1 < N; i++) {
            b.addDependency(i, i + 1, DependencyKind.FS, 0, null);
        }
        if (ring) {
            b.addDependency(N - 1, 0, DependencyKind.FS, 0, null);
        }
        return b.build();
    }

    @Test
    public void analyze_aChainOf100000Issues() {
        DependencyAnalysis a = DependencyAnalysis.analyze(chain(false));
        AnalysisSummary s = a.summary();
        assertEquals(N - 1, s.longestChain());
        assertEquals(0, s.cycles());
        assertEquals(N, s.criticalPath().size());
        assertEquals(N - 1, a.earlyStart(N - 1));
        assertEquals(N - 1, a.slip(0, 2).moves().size());
    }

    @Test
    public void analyze_aRingOf100000Issues_asOneCycle() {
        AnalysisSummary s = DependencyAnalysis.analyze(chain(true)).summary();
        assertEquals(1, s.cycles());
        assertEquals(N, s.largestCycle());
        assertEquals(0, s.longestChain());
        assertEquals(N, s.criticalPath().size());
    }
}
