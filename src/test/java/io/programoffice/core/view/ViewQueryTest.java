package io.programoffice.core.view;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.programoffice.core.program.StatusCategory;
import io.programoffice.core.validation.Problem;
import io.programoffice.core.validation.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

public class ViewQueryTest {
    @Test
    public void parse_readsCommaSeparatedAndRepeatedValues() {
        ViewQuery q = ViewQuery.parseQueryString(
                "groupBy=team,statusCategory&project=WEB,APP&project=OPS&team=Team%20A&team=B,C&type=Bug"
                        + "&statusCategory=done&text=%20login%20&startAt=5");
        assertEquals(List.of(ViewField.TEAM, ViewField.STATUS_CATEGORY), q.groupBy());
        assertEquals(Set.of("APP", "OPS", "WEB"), q.projects());
        assertEquals(Set.of("Team A", "B,C"), q.teams());
        assertEquals(Set.of("Bug"), q.types());
        assertEquals(Set.of(StatusCategory.DONE), q.statusCategories());
        assertEquals("login", q.text());
    }

    @Test
    public void queryString_roundTrips() {
        ViewQuery q = ViewQuery.parseQueryString("groupBy=epic,fixVersion&team=A%26B%3D1&text=x+y&type=Sub-task");
        assertEquals("groupBy=epic,fixVersion&team=A%26B%3D1&type=Sub-task&text=x%20y", q.toQueryString());
        assertEquals(q, ViewQuery.parseQueryString(q.toQueryString()));
        assertEquals("", ViewQuery.ALL.toQueryString());
        assertEquals(ViewQuery.ALL, ViewQuery.parseQueryString(""));
    }

    @Test
    public void parse_rejectsUnknownRepeatedOrTooManyGroupByFields() {
        assertProblem("groupBy=team,summary", "groupBy", "program-office.error.view.groupBy.unknown");
        assertProblem("groupBy=team,team", "groupBy", "program-office.error.view.groupBy.twice");
        assertProblem("groupBy=team,epic,project", "groupBy", "program-office.error.view.groupBy.levels");
    }

    @Test
    public void parse_rejectsBadFilters_reportingEveryField() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> ViewQuery.parseQueryString("statusCategory=finished&text=a&text=b&project=" + "X".repeat(256)));
        assertEquals(Set.of("statusCategory", "text", "project"), e.fieldProblems().keySet());
        assertEquals(new Problem("program-office.error.view.statusCategory.unknown", List.of("finished")),
                e.fieldProblems().get("statusCategory"));
    }

    @Test
    public void parse_capsTheValuesOfOneFilter() {
        StringBuilder q = new StringBuilder("type=T0");
        for (int i = 1; i <= ViewQuery.MAX_VALUES; i++) {
            q.append("&type=T").append(i);
        }
        assertProblem(q.toString(), "type", "program-office.error.view.values.size");
    }

    @Test
    public void constructor_rejectsWhatParseReports() {
        assertThrows(IllegalArgumentException.class, () -> new ViewQuery(List.of(ViewField.TEAM, ViewField.TEAM),
                Set.of(), Set.of(), Set.of(), Set.of(), null));
        assertThrows(IllegalArgumentException.class, () -> new ViewQuery(List.of(), Set.of(" "), Set.of(), Set.of(),
                Set.of(), null));
    }

    @Test
    public void labelOrder_readsNumbersAsNumbers() {
        List<String> labels = new java.util.ArrayList<>(List.of("APP-10", "app-2", "APP-1", "1.10", "1.9", "b", "A"));
        labels.sort(LabelOrder.NATURAL);
        assertEquals(List.of("1.9", "1.10", "A", "APP-1", "app-2", "APP-10", "b"), labels);
    }

    private static void assertProblem(String query, String field, String key) {
        ValidationException e = assertThrows(ValidationException.class, () -> ViewQuery.parseQueryString(query));
        assertEquals(Map.of(field, key), Map.of(field, e.fieldProblems().get(field).key()));
    }
}
