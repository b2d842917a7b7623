package io.programoffice.core.dependency;

import io.programoffice.core.layout.LayeredLayout;
import io.programoffice.core.layout.LayeredLayout.Spacing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the dependency graph page draws each node of a {@link DependencyGraphView.View}: a
 * {@link LayeredLayout}, upstream on the left, with the page's node sizes (issues are 74 by 26 pixels; teams are
 * given room for a two-line label). Time and memory as {@link LayeredLayout} (about ten milliseconds for 2,000
 * issues and 3,400 dependencies); stateless and thread-safe.
 */
public final class DependencyGraphLayout {
    /** The spacing of issue nodes. */
    public static final Spacing ISSUES = new Spacing(74, 26, 56, 12);
    /** The spacing of team nodes. */
    public static final Spacing TEAMS = new Spacing(190, 56, 110, 36);

    private DependencyGraphLayout() {
    }

    /** A node's centre in pixels, the drawing starting at (0, 0). */
    public record Point(int x, int y) {
    }

    /** The centre of each node of {@code view}, in the order of its issue nodes, or of its team nodes. */
    public static List<Point> of(DependencyGraphView.View view) {
        Map<String, Integer> index = new HashMap<>();
        int[] from;
        int[] to;
        if (view.aggregated()) {
            view.teamNodes().forEach(t -> index.put(t.team(), index.size()));
            from = view.teamEdges().stream().mapToInt(e -> index.get(e.from())).toArray();
            to = view.teamEdges().stream().mapToInt(e -> index.get(e.to())).toArray();
        } else {
            view.issueNodes().forEach(i -> index.put(i.key(), index.size()));
            from = view.issueEdges().stream().mapToInt(e -> index.get(e.from())).toArray();
            to = view.issueEdges().stream().mapToInt(e -> index.get(e.to())).toArray();
        }
        LayeredLayout.Drawing drawing = LayeredLayout.of(index.size(), from, to,
                view.aggregated() ? TEAMS : ISSUES);
        List<Point> points = new ArrayList<>(drawing.size());
        for (int u = 0; u < drawing.size(); u++) {
            points.add(new Point((int) Math.round(drawing.x(u)), (int) Math.round(drawing.y(u))));
        }
        return points;
    }
}
