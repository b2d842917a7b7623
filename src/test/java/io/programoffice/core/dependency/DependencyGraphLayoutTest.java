package io.programoffice.core.dependency;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.programoffice.core.dependency.DependencyGraphLayout.Point;
import io.programoffice.core.dependency.DependencyGraphView.IssueEdge;
import io.programoffice.core.dependency.DependencyGraphView.IssueNode;
import io.programoffice.core.dependency.DependencyGraphView.TeamEdge;
import io.programoffice.core.dependency.DependencyGraphView.TeamNode;
import io.programoffice.core.dependency.DependencyGraphView.View;
import io.programoffice.core.scheme.DependencyKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** The positions the graph page draws: one per node of the view, in its order, upstream on the left. */
public class DependencyGraphLayoutTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    private static IssueNode issue(String key) {
        return new IssueNode(key, key.substring(0, 3), key.substring(0, 3), "new", false, null, DAY, DAY, 0, false);
    }

    private static IssueEdge edge(String from, String to) {
        return new IssueEdge(from, to, DependencyKind.FS, 0, GraphQuery.NO_STATE, false, false);
    }

    @Test
    public void of_placesEachIssueOfTheView_upstreamLeft_inTheViewsOrder() {
        View view = new View(false, 3, 3, List.of(issue("WEB-1"), issue("APP-1"), issue("API-1")),
                List.of(edge("API-1", "APP-1"), edge("APP-1", "WEB-1"), edge("API-1", "WEB-1")), List.of(), List.of());
        List<Point> points = DependencyGraphLayout.of(view);
        assertEquals(3, points.size());
        Point web = points.get(0);
        Point app = points.get(1);
        Point api = points.get(2);
        assertTrue(api.x() < app.x() && app.x() < web.x());
        assertEquals(37, api.x()); // half an issue node from the left edge
        assertEquals(37 + 2 * (74 + 56), web.x());
    }

    @Test
    public void of_placesTeams_withTheTeamSpacing() {
        View view = new View(true, 10, 4, List.of(), List.of(),
                List.of(new TeamNode("API", 4, 0, 0, 1), new TeamNode("APP", 6, 0, 0, 0)),
                List.of(new TeamEdge("API", "APP", 3, 0, Map.of())));
        List<Point> points = DependencyGraphLayout.of(view);
        assertEquals(new Point(95, 28), points.get(0));
        assertEquals(new Point(95 + 190 + 110, 28), points.get(1));
    }

    @Test
    public void of_anEmptyViewHasNoPoints() {
        assertEquals(List.of(), DependencyGraphLayout.of(new View(false, 0, 0, List.of(), List.of(), List.of(),
                List.of())));
    }
}
