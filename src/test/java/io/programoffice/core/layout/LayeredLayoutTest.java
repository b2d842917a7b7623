package io.programoffice.core.layout;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.programoffice.core.layout.LayeredLayout.Drawing;
import io.programoffice.core.layout.LayeredLayout.Spacing;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.Test;

/**
 * Layered drawings of drawn graphs: {@code "A->B"} is an edge from A to B; nodes are numbered in the order they
 * first appear. The layers and the left-to-right direction are checked exactly; the order within a layer only where
 * a picture makes it obvious.
 */
public class LayeredLayoutTest {
    private static final Spacing SPACING = new Spacing(74, 26, 56, 12);

    /** A drawn graph and its drawing. */
    private record Drawn(Map<String, Integer> nodes, int[] from, int[] to, Drawing drawing) {
        int layer(String node) {
            return drawing.layer(nodes.get(node));
        }

        double y(String node) {
            return drawing.y(nodes.get(node));
        }
    }

    private static Drawn draw(String drawing) {
        Map<String, Integer> nodes = new LinkedHashMap<>();
        List<int[]> edges = new ArrayList<>();
        for (String token : drawing.split(",")) {
            String[] ends = token.strip().split("->");
            if (ends.length == 1) {
                nodes.computeIfAbsent(ends[0], k -> nodes.size());
                continue;
            }
            int from = nodes.computeIfAbsent(ends[0], k -> nodes.size());
            int to = nodes.computeIfAbsent(ends[1], k -> nodes.size());
            edges.add(new int[] {from, to});
        }
        int[] from = edges.stream().mapToInt(e -> e[0]).toArray();
        int[] to = edges.stream().mapToInt(e -> e[1]).toArray();
        return new Drawn(nodes, from, to, LayeredLayout.of(nodes.size(), from, to, SPACING));
    }

    private static Map<String, Integer> layers(Drawn d) {
        Map<String, Integer> layers = new LinkedHashMap<>();
        d.nodes().keySet().forEach(k -> layers.put(k, d.layer(k)));
        return layers;
    }

    @Test
    public void of_layersAChainLeftToRight() {
        Drawn d = draw("A->B, B->C, C->D");
        assertEquals(Map.of("A", 0, "B", 1, "C", 2, "D", 3), layers(d));
        assertEquals(4, d.drawing().layers());
        assertEquals(37.0, d.drawing().x(0), 0);
        assertEquals(37.0 + 3 * 130, d.drawing().x(3), 0);
        assertEquals(13.0, d.y("A"), 0); // a straight line at the top
        assertEquals(13.0, d.y("D"), 0);
    }

    @Test
    public void of_putsADiamondsMiddleInOneLayer_apart_withTheJoinBetweenThem() {
        Drawn d = draw("A->B, A->C, B->D, C->D");
        assertEquals(Map.of("A", 0, "B", 1, "C", 1, "D", 2), layers(d));
        assertTrue(Math.abs(d.y("B") - d.y("C")) >= 26 + 12);
        assertEquals((d.y("B") + d.y("C")) / 2, d.y("D"), 0.5);
        assertEquals(d.y("D"), d.y("A"), 0.5);
    }

    @Test
    public void of_movesASourceNextToItsDependent() {
        Drawn d = draw("A->B, B->C, C->D, X->D");
        assertEquals(2, d.layer("X"));
        assertEquals(0, d.layer("A"));
    }

    @Test
    public void of_keepsEdgesBetweenCyclesLeftToRight_andSeparatesTheCyclesNodes() {
        Drawn d = draw("E->A, A->B, B->C, C->A, C->D, D->F, F->D, F->G");
        assertTrue(d.layer("E") < d.layer("A"));
        for (String cycle : List.of("A", "B", "C")) {
            assertTrue(cycle, d.layer("E") < d.layer(cycle) && d.layer(cycle) < d.layer("D"));
            assertTrue(cycle, d.layer(cycle) < d.layer("F"));
        }
        assertTrue(d.layer("D") < d.layer("G") && d.layer("F") < d.layer("G"));
        assertNotEquals(d.layer("D"), d.layer("F"));
        assertEquals(3, List.of(d.layer("A"), d.layer("B"), d.layer("C")).stream().distinct().count());
    }

    @Test
    public void of_uncrossesEdgesDrawnCrossed() {
        Drawn d = draw("A->D, C->B, A->B");
        assertEquals(d.y("A") < d.y("C"), d.y("D") < d.y("B"));
    }

    @Test
    public void of_drawsComponentsApart_inRowsAndColumns() {
        StringBuilder drawing = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            drawing.append(i == 0 ? "" : ", ").append("X").append(i).append("->Y").append(i);
        }
        Drawn d = draw(drawing.toString());
        for (int i = 0; i < 20; i++) {
            assertEquals(0, d.layer("X" + i));
            assertEquals(1, d.layer("Y" + i));
            assertEquals(d.y("X" + i), d.y("Y" + i), 1e-9);
            assertEquals(130, d.drawing().x(d.nodes().get("Y" + i)) - d.drawing().x(d.nodes().get("X" + i)), 1e-9);
        }
        assertApart(d.drawing());
        double one = 74 + 56 + 74;
        assertTrue(d.drawing().width() > one && d.drawing().width() < 20 * one); // neither a column nor a row
        assertTrue(d.drawing().height() > 26 && d.drawing().height() < 20 * 26);
        for (int u = 0; u < d.drawing().size(); u++) {
            assertTrue(d.drawing().x(u) + 37 <= d.drawing().width() + 1e-9);
            assertTrue(d.drawing().y(u) + 13 <= d.drawing().height() + 1e-9);
        }
    }

    /** No two nodes' boxes overlap, nor come closer than the gaps within a layer. */
    private static void assertApart(Drawing d) {
        for (int u = 0; u < d.size(); u++) {
            assertTrue(d.x(u) >= 37 - 1e-9 && d.y(u) >= 13 - 1e-9);
            for (int v = u + 1; v < d.size(); v++) {
                boolean sameColumn = Math.abs(d.x(u) - d.x(v)) < 74;
                assertTrue(u + " " + v, !sameColumn || Math.abs(d.y(u) - d.y(v)) >= 26 + 12 - 1e-6);
            }
        }
    }

    @Test
    public void of_ignoresSelfLoopsAndRepeatedEdges_andPutsIsolatedNodesFirst() {
        Drawn d = draw("A->A, A->B, A->B, Z");
        assertEquals(Map.of("A", 0, "B", 1, "Z", 0), layers(d));
        assertEquals(0, d.drawing().dummies());
    }

    @Test
    public void of_addsADummyPerLayerALongEdgeCrosses() {
        Drawn d = draw("A->B, B->C, C->D, A->D");
        assertEquals(2, d.drawing().dummies());
        assertEquals(Map.of("A", 0, "B", 1, "C", 2, "D", 3), layers(d));
    }

    @Test
    public void of_drawsAnEmptyGraph() {
        Drawing d = LayeredLayout.of(0, new int[0], new int[0], SPACING);
        assertEquals(0, d.size());
        assertEquals(0, d.layers());
    }

    /** A seeded random graph with cycles: every edge between strong components goes right, nodes never overlap. */
    @Test
    public void of_onARandomGraph_pointsEdgesBetweenCyclesRight_andKeepsNodesApart() {
        Random random = new Random(7);
        int n = 600;
        int m = 1_500;
        int[] from = new int[m];
        int[] to = new int[m];
        for (int i = 0; i < m; i++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            boolean back = random.nextInt(40) == 0; // a few edges against the numbering make cycles
            from[i] = back ? Math.max(a, b) : Math.min(a, b);
            to[i] = back ? Math.min(a, b) : Math.max(a, b);
        }
        Drawing d = LayeredLayout.of(n, from, to, SPACING);
        int[] component = components(n, from, to);
        assertTrue(Arrays.stream(component).distinct().count() < n); // the fixture has cycles
        for (int i = 0; i < m; i++) {
            if (from[i] == to[i]) {
                continue;
            }
            assertNotEquals(i + "", d.layer(from[i]), d.layer(to[i]));
            if (component[from[i]] != component[to[i]]) {
                assertTrue(i + "", d.layer(from[i]) < d.layer(to[i]));
                assertTrue(i + "", d.x(from[i]) < d.x(to[i]));
            }
        }
        assertApart(d);
        Drawing again = LayeredLayout.of(n, from, to, SPACING);
        for (int u = 0; u < n; u++) {
            assertEquals(d.y(u), again.y(u), 0);
        }
    }

    @Test
    public void of_rejectsEndsOutsideTheGraph_andUnevenEdgeArrays_andBadSpacing() {
        assertThrows(IllegalArgumentException.class, () -> LayeredLayout.of(2, new int[] {0}, new int[] {2}, SPACING));
        assertThrows(IllegalArgumentException.class, () -> LayeredLayout.of(2, new int[] {0}, new int[0], SPACING));
        assertThrows(IllegalArgumentException.class, () -> new Spacing(0, 26, 56, 12));
        assertThrows(IllegalArgumentException.class, () -> new Spacing(74, 26, -1, 12));
    }

    /** Strongly connected components by mutual reachability (the fixture is small). */
    private static int[] components(int n, int[] from, int[] to) {
        List<List<Integer>> out = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            out.add(new ArrayList<>());
        }
        for (int i = 0; i < from.length; i++) {
            out.get(from[i]).add(to[i]);
        }
        boolean[][] reach = new boolean[n][n];
        for (int s = 0; s < n; s++) {
            ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(s));
            reach[s][s] = true;
            while (!queue.isEmpty()) {
                for (int v : out.get(queue.poll())) {
                    if (!reach[s][v]) {
                        reach[s][v] = true;
                        queue.add(v);
                    }
                }
            }
        }
        int[] component = new int[n];
        Arrays.fill(component, -1);
        for (int u = 0; u < n; u++) {
            if (component[u] < 0) {
                for (int v = u; v < n; v++) {
                    if (reach[u][v] && reach[v][u]) {
                        component[v] = u;
                    }
                }
            }
        }
        return component;
    }
}
