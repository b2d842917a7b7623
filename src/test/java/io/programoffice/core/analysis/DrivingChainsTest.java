package io.programoffice.core.analysis;

import org.junit.Test;

import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;

import static io.programoffice.core.analysis.Graphs.graph;
import static org.junit.Assert.assertEquals;

public class DrivingChainsTest {
    private static TreeSet<String> chain(Graphs.Fixture f, String... part) {
        BitSet nodes = new BitSet();
        for (String key : part) {
            nodes.set(f.node(key));
        }
        BitSet on = DrivingChains.into(f.analysis(), nodes);
        TreeSet<String> keys = new TreeSet<>();
        on.stream().forEach(v -> keys.add(f.graph().key(v)));
        return keys;
    }

    @Test
    public void onlyTheDependencyThatSetsTheStart_drives() {
        // D starts on day 5, when C finishes; A (0-3) and B (0-2) leave slack
        Graphs.Fixture f = graph("A=3, B=2, C=5, D=1, A->D, B->D, C->D");
        assertEquals(new TreeSet<>(List.of("C", "D")), chain(f, "D"));
        // D=1 after a 1-day issue and a lag: D starts on day 1+1+... the longer of C (5) and E+lag
        Graphs.Fixture lag = graph("C=5, E=1, D=1, C->D, E->D:FS+6");
        assertEquals(new TreeSet<>(List.of("D", "E")), chain(lag, "D"));
    }

    @Test
    public void slackUpstream_isLeftOut_andTiesBothDrive() {
        Graphs.Fixture f = graph("A=1, B=5, C=1, D=1, D->A, A->C, B->C");
        assertEquals(new TreeSet<>(List.of("B", "C")), chain(f, "C"));
        // B starts on day 1 by A's start + 1 (SS+1) and by X's finish alike
        Graphs.Fixture tie = graph("A=3, B=2, X=1, A->B:SS+1, X->B");
        assertEquals(new TreeSet<>(List.of("A", "B", "X")), chain(tie, "B"));
    }

    @Test
    public void theLastFinishingIssuesOfThePart_areWhereChainsStart() {
        Graphs.Fixture f = graph("A=2, B=4, C=1, A->C");
        // A then C finish on day 3; B on day 4: only B's chain is the part's critical path
        assertEquals(new TreeSet<>(List.of("B")), chain(f, "C", "B"));
        assertEquals(new TreeSet<>(List.of("A", "C")), chain(f, "C"));
    }

    @Test
    public void aCycle_isDrivenAsAWhole_andDoneWorkIsNeverOnIt() {
        Graphs.Fixture f = graph("P=2, A=1, B=1, M=1, P->A, A->B, B->A, B->M");
        assertEquals(new TreeSet<>(List.of("A", "B", "M", "P")), chain(f, "M"));
        Graphs.Fixture done = graph("A=2 done, B=3, A->B");
        assertEquals(new TreeSet<>(List.of("B")), chain(done, "B"));
        assertEquals(new TreeSet<>(), chain(done, "A"));
    }
}
